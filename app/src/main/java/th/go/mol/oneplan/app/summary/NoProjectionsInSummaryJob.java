package th.go.mol.oneplan.app.summary;

import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * The year-end job reads the event store itself, so it needs no projection: without this its context would start
 * every projection's processor and fold events into the read tables while it runs (on a database a server also
 * uses, competing with it). In profile {@code summary} the projections (beans of a {@link ProcessingGroup}) and
 * their processors' configuration are left out of the context, so no event processor starts.
 */
@Configuration(proxyBeanMethods = false)
@Profile("summary")
public class NoProjectionsInSummaryJob {
    static final String PROJECTION_PROCESSORS = "projectionProcessors";

    @Bean
    static BeanFactoryPostProcessor leaveProjectionsOut() {
        return beanFactory -> {
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
            for (String name : registry.getBeanDefinitionNames()) {
                BeanDefinition definition = registry.getBeanDefinition(name);
                String className = definition.getBeanClassName();
                if (name.equals(PROJECTION_PROCESSORS) || className != null && className.startsWith("th.go.mol.oneplan.")
                        && isProjection(className)) {
                    registry.removeBeanDefinition(name);
                }
            }
        };
    }

    private static boolean isProjection(String className) {
        try {
            Class<?> type = ClassUtils.forName(className, NoProjectionsInSummaryJob.class.getClassLoader());
            return AnnotatedElementUtils.hasAnnotation(type, ProcessingGroup.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
