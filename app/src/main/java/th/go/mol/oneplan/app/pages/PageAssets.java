package th.go.mol.oneplan.app.pages;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' own files, served from the application's resources (government networks are often closed: no CDN):
 * the style sheet, and the Sarabun font (SIL Open Font Licence, fonts/sarabun/OFL.txt) the printed summary embeds.
 */
@Configuration
@WithPages
public class PageAssets implements WebMvcConfigurer {
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/pages-assets/fonts/**").addResourceLocations("classpath:/fonts/sarabun/");
        registry.addResourceHandler("/pages-assets/**").addResourceLocations("classpath:/pages-assets/");
    }
}
