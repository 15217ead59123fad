package th.go.mol.oneplan.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import th.go.mol.oneplan.app.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's handler is looked up once, by the DispatcherServlet ({@link OneHandlerLookup}): there is no
 * {@code HandlerMappingIntrospector}, so Spring Security's filter chain is not wrapped (by
 * {@code WebMvcSecurityConfiguration}) in the introspector's cache filter that looked every request's handler up
 * ahead of it. The access rules
 * and the answers around them are covered by {@code AccessRulesIT} and the other security tests.
 */
class OneHandlerLookupIT extends LedgerIntegrationTest {
    @Autowired
    ApplicationContext context;

    @Test
    void the_security_filter_chain_is_not_wrapped_in_a_handler_lookup() {
        assertThat(context.getBeanNamesForType(HandlerMappingIntrospector.class)).isEmpty();
        // Spring Security's own wrapper (WebSecurityConfiguration's) may stay; the Spring MVC one must not.
        assertThat(context.getBean("springSecurityFilterChain")).isInstanceOf(FilterChainProxy.class)
                .extracting(chain -> chain.getClass().getName()).asString()
                .doesNotStartWith("org.springframework.security.config.annotation.web.configuration.WebMvcSecurityConfiguration");
    }
}
