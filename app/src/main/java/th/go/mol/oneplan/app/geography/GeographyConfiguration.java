package th.go.mol.oneplan.app.geography;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.mol.oneplan.geography.Geography;
import th.go.mol.oneplan.geography.ThaiGeography;

/**
 * The official geography (provinces, districts, subdistricts and their codes) as one bean on every node, whatever
 * its profile: the command side checks codes against it, the query side names places with it, the pages and the
 * access rules read it. Everything that needs it takes it from here, so a test or another deployment can hand in
 * another geography.
 */
@Configuration(proxyBeanMethods = false)
public class GeographyConfiguration {

    @Bean
    public Geography geography() {
        return ThaiGeography.load();
    }
}
