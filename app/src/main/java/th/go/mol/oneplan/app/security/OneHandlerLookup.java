package th.go.mol.oneplan.app.security;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.core.Ordered;

/**
 * Leaves Spring MVC's {@code HandlerMappingIntrospector} out of the context, so that a request's handler is looked
 * up once, by the {@code DispatcherServlet}, and not a second time ahead of it for Spring Security.
 *
 * <p>Why: whenever that bean exists, Spring Security 6.5 ({@code WebMvcSecurityConfiguration}) puts the
 * introspector's cache filter in front of its filter chain, and that filter finds every request's handler (for a path
 * with a variable, by trying each of the ~90 request mappings in turn) for the sake of {@code MvcRequestMatcher}s and
 * CORS. Our access rules match with {@code PathPatternRequestMatcher} ({@link th.go.mol.oneplan.app.security.access.AccessRules}),
 * which reads the path alone, and the API configures no CORS: the lookup was thrown away, and it was the largest
 * single cost of a query (docs/benchmarks.md, "What each change bought: queries"). Spring Security adds the filter
 * only when the bean is defined; Spring Framework 6.2 lets Spring Security work without it when every handler
 * mapping parses its patterns with {@code PathPatternParser} (Spring Boot's default), and deprecates it for 7.0.
 *
 * <p>So, in the security configuration: match paths with {@code PathPatternRequestMatcher}, not
 * {@code requestMatchers(String)} (which would look for the introspector), and if CORS is ever needed give it a
 * {@code CorsConfigurationSource} of its own. {@code OneHandlerLookupIT} fails if the filter comes back.
 */
class OneHandlerLookup implements BeanDefinitionRegistryPostProcessor, Ordered {
    /** The name Spring MVC defines it under ({@code WebMvcConfigurationSupport}) and Spring Security looks for. */
    static final String INTROSPECTOR = "mvcHandlerMappingIntrospector";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (registry.containsBeanDefinition(INTROSPECTOR)) {
            registry.removeBeanDefinition(INTROSPECTOR);
        }
    }

    /**
     * Ordered, so that it runs before Spring Security's own registry post-processor, which is not (post-processors
     * that implement {@link Ordered} run before the rest) and which must find the bean gone.
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
