package th.go.mol.oneplan.app.pages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The pages exist on a node that answers queries (not {@code command}) and with the built-in user store only: with
 * {@code oneplan.security.mode=jwt} there is no password to log in with, and a page answered by the API's chain
 * would be held to its catch-all rule instead of the drive's scope. Every bean of the pages carries this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile("!command")
@ConditionalOnProperty(name = "oneplan.security.mode", havingValue = "built-in", matchIfMissing = true)
public @interface WithPages {
}
