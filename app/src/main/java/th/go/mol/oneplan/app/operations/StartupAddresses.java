package th.go.mol.oneplan.app.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.InetAddress;

/**
 * Tells whoever started the service where to point a browser, with the port it really listens on (the
 * {@code PORT} or {@code --server.port} given, or the one the system chose for {@code 0}). Last of the ready
 * listeners, so that with a demo the line comes after the demo's requests.
 */
@Component
public class StartupAddresses {
    private static final Logger log = LoggerFactory.getLogger(StartupAddresses.class);

    private final Environment environment;

    public StartupAddresses(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null
                || web.getWebServer().getPort() <= 0) {
            return;
        }
        String root = "http://" + host() + ":" + web.getWebServer().getPort();
        log.info("""
                OnePlan Ledger is ready (stop it with Ctrl-C):
                    pages       {}/
                    API         {}/api
                    OpenAPI UI  {}/swagger-ui.html
                    health      {}/actuator/health""", root, root, root, root);
    }

    /** The address it listens on, or localhost when that is every address or the loopback one. */
    private String host() {
        String address = environment.getProperty("server.address", "");
        if (address.isBlank()) {
            return "localhost";
        }
        try {
            InetAddress inet = InetAddress.getByName(address);
            if (inet.isAnyLocalAddress() || inet.isLoopbackAddress()) {
                return "localhost";
            }
        } catch (java.net.UnknownHostException e) {
            return address;
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
