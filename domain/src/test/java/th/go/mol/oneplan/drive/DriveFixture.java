package th.go.mol.oneplan.drive;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.common.RuleViolation;
import th.go.mol.oneplan.geography.ThaiGeography;

/**
 * An Axon test fixture for {@link ProvincialDrive}, with the Thai geography its handlers look codes up in,
 * and matchers for its two kinds of refusal: a broken rule (API 409) and an invalid value (API 400).
 */
public final class DriveFixture {
    private DriveFixture() {
    }

    public static FixtureConfiguration<ProvincialDrive> create() {
        FixtureConfiguration<ProvincialDrive> fixture = new AggregateTestFixture<>(ProvincialDrive.class);
        fixture.registerInjectableResource(ThaiGeography.load());
        return fixture;
    }

    /** A {@link RuleViolation} of the rule with this code. */
    public static Matcher<Throwable> brokenRule(String rule) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                if (thrown instanceof RuleViolation violation && violation.rule().equals(rule)) {
                    return true;
                }
                describe(thrown, mismatch);
                return false;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule ").appendValue(rule);
            }
        };
    }

    /** An {@link InvalidValue} of this field, breaking this value rule. */
    public static Matcher<Throwable> invalidValue(String field, String rule) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                if (thrown instanceof InvalidValue invalid && invalid.field().equals(field)
                        && invalid.rule().equals(rule)) {
                    return true;
                }
                describe(thrown, mismatch);
                return false;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an InvalidValue of field ").appendValue(field).appendText(" breaking ")
                        .appendValue(rule);
            }
        };
    }

    private static void describe(Throwable thrown, Description mismatch) {
        mismatch.appendText("was ").appendText(thrown.getClass().getSimpleName());
        if (thrown instanceof RuleViolation violation) {
            mismatch.appendText(" of rule ").appendValue(violation.rule());
        } else if (thrown instanceof InvalidValue invalid) {
            mismatch.appendText(" of field ").appendValue(invalid.field()).appendText(" breaking ")
                    .appendValue(invalid.rule());
        }
        mismatch.appendText(": ").appendText(String.valueOf(thrown.getMessage()));
    }
}
