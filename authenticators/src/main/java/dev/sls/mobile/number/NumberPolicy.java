package dev.sls.mobile.number;

import dev.sls.mobile.number.ParsedNumber.NumberKind;
import dev.sls.mobile.send.LineType;
import java.util.Optional;
import java.util.Set;

/**
 * Which valid numbers a realm accepts: mobile numbers only (SMS cannot reach the others), optionally no VOIP or
 * virtual numbers (the seeds: "due to fraud prevention measures, virtual number providers may be blocked"), and none
 * from the listed countries.
 */
public record NumberPolicy(boolean refuseVoip, Set<String> refusedRegions) {

    /** What the numbering plan alone says. */
    public Optional<NumberProblem> check(ParsedNumber number) {
        if (refusedRegions.contains(number.region())) {
            return Optional.of(NumberProblem.COUNTRY_REFUSED);
        }
        if (number.kind() == NumberKind.NOT_MOBILE) {
            return Optional.of(NumberProblem.NOT_MOBILE);
        }
        if (refuseVoip && number.kind() == NumberKind.VOIP) {
            return Optional.of(NumberProblem.VIRTUAL);
        }
        return Optional.empty();
    }

    /** What a provider's lookup adds, when the realm has one. */
    public Optional<NumberProblem> check(LineType reported) {
        if (reported == LineType.LANDLINE) {
            return Optional.of(NumberProblem.NOT_MOBILE);
        }
        if (refuseVoip && reported == LineType.VOIP) {
            return Optional.of(NumberProblem.VIRTUAL);
        }
        return Optional.empty();
    }
}
