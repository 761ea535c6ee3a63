package dev.sls.mobile.send.twilio;

import dev.sls.mobile.send.LineType;
import dev.sls.shaded.twilio.sdk.http.TwilioRestClient;
import dev.sls.shaded.twilio.sdk.rest.lookups.v2.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/** Twilio Lookup v2 with line type intelligence: mobile, landline or VOIP. */
final class TwilioLookup {

    static final String FIELDS = "line_type_intelligence";

    private TwilioLookup() {
    }

    static Optional<LineType> lineType(TwilioRestClient client, String e164) {
        PhoneNumber.LineTypeIntelligenceInfo info = PhoneNumber.fetcher(e164).setFields(FIELDS).fetch(client)
                .getLineTypeIntelligence();
        if (info == null || info.getType() == null) {
            return Optional.empty();
        }
        return Optional.of(switch (info.getType().toLowerCase(Locale.ROOT)) {
            case "mobile" -> LineType.MOBILE;
            case "landline" -> LineType.LANDLINE;
            case "nonfixedvoip", "fixedvoip" -> LineType.VOIP;
            default -> LineType.OTHER;
        });
    }
}
