package dev.sls.mobile.verify;

import dev.sls.core.login.LocalFormats;
import dev.sls.mobile.store.MobileNumber;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.forms.login.LoginFormsProvider;

/**
 * What the "Verify mobile number" screens show ({@code slsPhone} in FreeMarker): the person's numbers (masked), the
 * number form, and, while a code is out, where it went.
 */
public final class PhonePage {

    public static final String ATTRIBUTE = "slsPhone";

    /** One row of the number list; {@code index} is what the row's buttons send back. */
    public static final class Row {

        private final int index;
        private final String masked;
        private final boolean verified;
        private final boolean isDefault;

        Row(int index, String masked, boolean verified, boolean isDefault) {
            this.index = index;
            this.masked = masked;
            this.verified = verified;
            this.isDefault = isDefault;
        }

        public int getIndex() {
            return index;
        }

        public String getMasked() {
            return masked;
        }

        public boolean isVerified() {
            return verified;
        }

        public boolean isDefault() {
            return isDefault;
        }
    }

    private final List<Row> numbers;
    private final List<CountryChoices.Country> countries;
    private final String typedNumber;
    private final String pendingNumber;
    private final boolean canFinish;
    private final boolean offerSmsDevice;
    private final String lifetime;
    private String notice;
    private String noticeArgument;
    private String waitUrl;
    private long expiresIn;
    private String sentNotice;

    PhonePage(List<MobileNumber> numbers, List<CountryChoices.Country> countries, String typedNumber,
              String pendingNumber, boolean offerSmsDevice, String lifetime) {
        this.numbers = IntStream.range(0, numbers.size()).mapToObj(i -> new Row(i, numbers.get(i).masked(),
                numbers.get(i).verified(), numbers.get(i).isDefault())).toList();
        this.countries = countries;
        this.typedNumber = typedNumber == null ? "" : typedNumber;
        this.pendingNumber = LocalFormats.unbroken(pendingNumber);
        this.canFinish = numbers.stream().anyMatch(n -> n.isDefault() && n.verified());
        this.offerSmsDevice = offerSmsDevice;
        this.lifetime = lifetime;
    }

    /** An information line (message key with one argument), e.g. where a code was sent. */
    PhonePage notice(String key, String argument) {
        this.notice = key;
        this.noticeArgument = argument;
        return this;
    }

    /**
     * The page waits for the provider's answer to a send at {@code url} (see {@code sls-wait.js}) and says
     * {@code sentKey} (with the notice's argument) in place once it went out.
     */
    PhonePage waitingFor(String url, long expiresInSeconds, String sentKey) {
        this.waitUrl = url;
        this.expiresIn = expiresInSeconds;
        this.sentNotice = sentKey;
        return this;
    }

    public String getSentNotice() {
        return sentNotice;
    }

    public String getWaitUrl() {
        return waitUrl;
    }

    public long getExpiresIn() {
        return expiresIn;
    }

    public String getNotice() {
        return notice;
    }

    public String getNoticeArgument() {
        return noticeArgument == null ? "" : noticeArgument;
    }

    /** The page, with {@code error} (a message key taking {@code errorArgument}) shown if not null. */
    Response render(RequiredActionContext context, String template, String error, String errorArgument) {
        LoginFormsProvider form = context.form().setAttribute(ATTRIBUTE, this);
        if (error != null) {
            form.setError(error, errorArgument == null ? "" : errorArgument);
        }
        return form.createForm(template);
    }

    public List<Row> getNumbers() {
        return numbers;
    }

    public List<CountryChoices.Country> getCountries() {
        return countries;
    }

    public String getTypedNumber() {
        return typedNumber;
    }

    /** The masked number a code was sent to, or null. */
    public String getPendingNumber() {
        return pendingNumber;
    }

    public boolean isCanFinish() {
        return canFinish;
    }

    public boolean isOfferSmsDevice() {
        return offerSmsDevice;
    }

    /** How long a code stays valid, in words in the page's language. */
    public String getLifetime() {
        return lifetime;
    }
}
