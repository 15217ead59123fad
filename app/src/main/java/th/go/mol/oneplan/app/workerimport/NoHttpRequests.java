package th.go.mol.oneplan.app.workerimport;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.reflect.Proxy;

/**
 * The command-line import runs the same application with no web server: the HTTP side's beans (controllers, the
 * command sender) are still made, but nothing calls them. They take the current HTTP request as a dependency,
 * which a context without a web server does not offer; this offers one that refuses every use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnNotWebApplication
public class NoHttpRequests {

    @Bean
    static BeanFactoryPostProcessor noHttpRequest() {
        return beanFactory -> beanFactory.registerResolvableDependency(HttpServletRequest.class,
                Proxy.newProxyInstance(NoHttpRequests.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "toString" -> "no HTTP request (command line)";
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> throw new IllegalStateException("there is no HTTP request on the command line");
                        }));
    }
}
