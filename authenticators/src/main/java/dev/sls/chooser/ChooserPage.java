package dev.sls.chooser;

import dev.sls.level.LastUsedDevice;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * What {@code sls-device-chooser.ftl} shows ({@code slsChooser}): one row per device of the person, the ones that
 * cannot be used for this login greyed with the reason, the last one used (else the first usable one) selected.
 */
public final class ChooserPage {

    static final String TEMPLATE = "sls-device-chooser.ftl";
    static final String ATTRIBUTE = "slsChooser";

    /** One device row; {@code reason} is the formatted reason or note, or null. A class, not a record: FreeMarker
     * reads bean properties ({@code row.selectable}), which a record's accessors would shadow. */
    public static final class Row {

        private final String executionId;
        private final String type;
        private final String name;
        private final String detail;
        private final String level;
        private final boolean selectable;
        private final String reason;
        private final boolean selected;

        Row(String executionId, String type, String name, String detail, String level, boolean selectable,
            String reason, boolean selected) {
            this.executionId = executionId;
            this.type = type;
            this.name = name;
            this.detail = detail;
            this.level = level;
            this.selectable = selectable;
            this.reason = reason;
            this.selected = selected;
        }

        public String getExecutionId() {
            return executionId;
        }

        public String getType() {
            return type;
        }

        public String getName() {
            return name;
        }

        public String getDetail() {
            return detail;
        }

        public String getLevel() {
            return level;
        }

        public boolean isSelectable() {
            return selectable;
        }

        public String getReason() {
            return reason;
        }

        public boolean isSelected() {
            return selected;
        }
    }

    private final List<Row> rows;
    private final int neededLevel;

    private ChooserPage(List<Row> rows, int neededLevel) {
        this.rows = List.copyOf(rows);
        this.neededLevel = neededLevel;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The level the application asked for, or 0 when it asked for none beyond a login. */
    public int getNeededLevel() {
        return Math.max(neededLevel, 0);
    }

    static Response render(AuthenticationFlowContext context, List<ChoiceRow> choices, int neededLevel) {
        ChooserTexts texts = ChooserTexts.of(context);
        Optional<ChoiceRow> selected = DeviceChooser.preselected(choices, LastUsedDevice.of(context.getUser()));
        List<Row> rows = new ArrayList<>();
        for (ChoiceRow choice : choices) {
            DeviceOption option = choice.option();
            String reason = choice.denial().map(denial -> texts.text(denial.messageKey(), denial.arguments()))
                    .orElseGet(() -> option.status().messageKey() == null ? null
                            : texts.text(option.status().messageKey(), option.status().arguments()));
            rows.add(new Row(option.executionId(), option.credentialType(), texts.text(option.nameKey()), option.detail(),
                    option.level() == null ? "" : String.valueOf(option.level()), choice.selectable(), reason,
                    selected.filter(choice::equals).isPresent()));
        }
        return context.form().setAttribute(ATTRIBUTE, new ChooserPage(rows, neededLevel)).createForm(TEMPLATE);
    }
}
