package dev.sls.mobile.verify;

import dev.sls.mobile.number.PhoneNumberParser;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The country picker of the number form: every country libphonenumber knows, by name in the person's language. */
public final class CountryChoices {

    /** One option: "Japan (+81)". A class, not a record: FreeMarker would see the record's accessors as methods. */
    public static final class Country {

        private final String region;
        private final String label;
        private final boolean selected;

        Country(String region, String label, boolean selected) {
            this.region = region;
            this.label = label;
            this.selected = selected;
        }

        public String getRegion() {
            return region;
        }

        public String getLabel() {
            return label;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    private CountryChoices() {
    }

    public static List<Country> list(Locale locale, String selectedRegion) {
        Locale language = locale == null ? Locale.ENGLISH : locale;
        Collator collator = Collator.getInstance(language);
        return PhoneNumberParser.regions().stream()
                .map(region -> new Country(region, new Locale("", region).getDisplayCountry(language) + " (+"
                        + PhoneNumberParser.callingCode(region) + ")", region.equals(selectedRegion)))
                .sorted(Comparator.comparing(Country::getLabel, collator))
                .toList();
    }
}
