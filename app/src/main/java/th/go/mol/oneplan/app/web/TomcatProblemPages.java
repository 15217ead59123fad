package th.go.mol.oneplan.app.web;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Tomcat, with {@link ProblemErrorReportValve} as its host's error report valve. The host adds that
 * valve when it starts, by class name, so the name must be set before: here, once Spring Boot has built the
 * server and before it starts it. Spring Boot's {@code server.*} settings still apply to this factory.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatProblemPages {

    @Bean
    TomcatServletWebServerFactory tomcatServletWebServerFactory() {
        return new TomcatServletWebServerFactory() {
            @Override
            protected TomcatWebServer getTomcatWebServer(Tomcat tomcat) {
                if (tomcat.getHost() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
                return super.getTomcatWebServer(tomcat);
            }
        };
    }
}
