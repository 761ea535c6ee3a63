package dev.sls.chooser;

import dev.sls.level.DeviceLevels;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * What {@code sls-device-needed.ftl} shows ({@code slsDeviceNeeded}) when none of the person's devices may be used
 * for this login: why, which devices would do, how to get one (the account console's "Signing in", where each device
 * has its set-up), and a way back to the application.
 */
public final class DeviceNeededPage {

    static final String TEMPLATE = "sls-device-needed.ftl";
    static final String ATTRIBUTE = "slsDeviceNeeded";
    static final String NO_DEVICE = "slsDeviceNeededNoDevice";
    static final String HOW_DEFAULT = "slsDeviceHowDefault";
    static final String HOW_PREFIX = "slsDeviceHow-";
    static final String INTRO = "slsDeviceNeededIntro";
    /** The intro when a rule (a withdrawal limit), not the application, raised the level. */
    static final String INTRO_RULE = "slsDeviceNeededIntroRule";
    /** The {@code error_description}'s code when the person goes back because no device reaches the level. */
    static final String DEVICE_NEEDED = "device_needed";

    /** A device that would do, with how to get it (a class for FreeMarker's bean properties, like the chooser's rows). */
    public static final class Device {

        private final String name;
        private final String level;
        private final String how;

        Device(String name, String level, String how) {
            this.name = name;
            this.level = level;
            this.how = how;
        }

        public String getName() {
            return name;
        }

        public String getLevel() {
            return level;
        }

        public String getHow() {
            return how;
        }
    }

    private final String reason;
    private final String introKey;
    private final int level;
    private final String application;
    private final List<Device> devices;
    private final String accountUrl;

    private DeviceNeededPage(String reason, String introKey, int level, String application, List<Device> devices,
                             String accountUrl) {
        this.reason = reason;
        this.introKey = introKey;
        this.level = level;
        this.application = application;
        this.devices = List.copyOf(devices);
        this.accountUrl = accountUrl;
    }

    public String getReason() {
        return reason;
    }

    public String getIntroKey() {
        return introKey;
    }

    public int getLevel() {
        return level;
    }

    public String getApplication() {
        return application;
    }

    public List<Device> getDevices() {
        return devices;
    }

    public String getAccountUrl() {
        return accountUrl;
    }

    /** Sentences one after the other: a space between them, none after a full stop that is full-width (。). */
    static String sentences(List<String> said) {
        StringBuilder text = new StringBuilder();
        for (String sentence : said) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\u3002') {
                text.append(' ');
            }
            text.append(sentence);
        }
        return text.toString();
    }

    static Response render(AuthenticationFlowContext context, List<DeviceOptions.Step> steps, DeviceLevels levels,
                           List<ChoiceRow> rows, int neededLevel) {
        ChooserTexts texts = ChooserTexts.of(context);
        // A rule's own words (e.g. a withdrawal limit, one per device) say more than "below the level", which the
        // page says anyway.
        List<String> said = rows.stream().filter(row -> !row.belowLevel()).map(ChoiceRow::denial)
                .flatMap(Optional::stream).map(d -> texts.text(d.messageKey(), d.arguments())).distinct().toList();
        int level = rows.stream().map(ChoiceRow::denial).flatMap(Optional::stream)
                .mapToInt(DeviceAllowance.Denial::neededLevel).reduce(neededLevel, Math::max);
        String reason = said.isEmpty() ? texts.text(NO_DEVICE, String.valueOf(level)) : sentences(said);
        List<Device> devices = new ArrayList<>();
        for (DeviceOptions.Step step : steps) {
            Optional<Integer> reaches = levels.levelOf(context.getSession(), step.credentialType())
                    .filter(l -> l >= level);
            String nameKey = DeviceOptions.nameKey(context.getSession(), context.getUser(), step.provider());
            // Only kinds every rule would let through (a passkey reaches the level but confirms no withdrawal).
            if (reaches.isPresent() && DeviceAllowances.deny(context, new DeviceOption(step.execution().getId(),
                    step.credentialType(), null, nameKey, "", reaches.get(), DeviceStatus.USABLE), level).isEmpty()) {
                String name = texts.text(nameKey);
                String how = texts.has(HOW_PREFIX + step.credentialType())
                        ? texts.text(HOW_PREFIX + step.credentialType(), name) : texts.text(HOW_DEFAULT, name);
                devices.add(new Device(name, String.valueOf(reaches.get()), how));
            }
        }
        String accountUrl = context.getUriInfo().getBaseUriBuilder().path("realms").path(context.getRealm().getName())
                .path("account").path("account-security").path("signing-in").build().toString();
        String application = texts.messages().clientName(context.getAuthenticationSession().getClient());
        return context.form().setAttribute(ATTRIBUTE,
                new DeviceNeededPage(reason, level > neededLevel ? INTRO_RULE : INTRO, level, application, devices,
                        accountUrl)).createForm(TEMPLATE);
    }

    /**
     * What the {@code error_description} starts with when the person goes back from this page: a rule's own code
     * other than the level's, a limit first (a device over its withdrawal limit says more than one that confirms
     * none), else {@value #DEVICE_NEEDED}.
     */
    static String cancelCode(List<ChoiceRow> rows) {
        return rows.stream().filter(row -> !row.belowLevel()).map(ChoiceRow::denial).flatMap(Optional::stream)
                .map(DeviceAllowance.Denial::cancelCode).filter(code -> !DEVICE_NEEDED.equals(code))
                .min(Comparator.comparing(code -> code.endsWith("_limit") ? 0 : 1)).orElse(DEVICE_NEEDED);
    }
}
