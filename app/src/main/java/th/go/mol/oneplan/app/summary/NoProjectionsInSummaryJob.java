package th.go.mol.oneplan.app.summary;

import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
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

    /**
     * Runs before Axon looks the bean definitions up for message handlers (itself a registry post-processor), so
     * Axon never hears of the projections.
     */
    @Bean
    static BeanDefinitionRegistryPostProcessor leaveProjectionsOut() {
        return new LeaveProjectionsOut();
    }

    private static final class LeaveProjectionsOut implements BeanDefinitionRegistryPostProcessor, PriorityOrdered {
        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            for (String name : registry.getBeanDefinitionNames()) {
                BeanDefinition definition = registry.getBeanDefinition(name);
                String className = definition.getBeanClassName();
                if (name.equals(PROJECTION_PROCESSORS) || className != null && className.startsWith("th.go.mol.oneplan.")
                        && isProjection(className)) {
                    registry.removeBeanDefinition(name);
                }
            }
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
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
