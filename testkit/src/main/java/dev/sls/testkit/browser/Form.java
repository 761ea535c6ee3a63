package dev.sls.testkit.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.select.Elements;

/**
 * An HTML form filled in like a browser would: it starts with the values the page gives (hidden,
 * text, password, checked checkboxes/radios, selected options, textareas) and submits them url-encoded.
 * Only fields that exist in the form can be set, so a test cannot post something the page never offered.
 */
public final class Form {

    private static final Set<String> BUTTON_TYPES = Set.of("submit", "button", "image", "reset");

    private final Browser browser;
    private final Page page;
    private final FormElement form;
    private final List<Element> controls;
    private final Set<String> names = new LinkedHashSet<>();
    private final List<Map.Entry<String, String>> values = new ArrayList<>();

    Form(Browser browser, Page page, FormElement form) {
        this.browser = browser;
        this.page = page;
        this.form = form;
        this.controls = controls(page, form);
        for (Element control : controls) {
            collect(control);
        }
    }

    /** Names of all fields of the form, submitted or not (unchecked boxes included, buttons excluded). */
    public Set<String> names() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** Current value of a field that would be submitted, or null. */
    public String value(String name) {
        return values.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /**
     * Sets a field, replacing whatever it held (for a checkbox this means "checked with this value").
     *
     * @throws IllegalArgumentException if the form has no field of that name
     */
    public Form set(String name, String value) {
        requireField(name);
        values.removeIf(e -> e.getKey().equals(name));
        values.add(new SimpleEntry<>(name, value));
        return this;
    }

    /** Leaves a field out of the submission (e.g. unticks a checkbox). */
    public Form unset(String name) {
        requireField(name);
        values.removeIf(e -> e.getKey().equals(name));
        return this;
    }

    /** Submits without any button's name/value (like {@code form.submit()} in JavaScript). */
    public Page submit() {
        return send(values);
    }

    /**
     * Submits as if the button with this {@code name} or {@code id} was clicked: its name=value pair is
     * included.
     */
    public Page submit(String buttonNameOrId) {
        Element button = controls.stream()
                .filter(Form::isButton)
                .filter(b -> b.attr("name").equals(buttonNameOrId) || b.id().equals(buttonNameOrId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No submit button '" + buttonNameOrId
                        + "' in form; buttons: " + buttonDescriptions() + " on " + page.describe()));
        List<Map.Entry<String, String>> submitted = new ArrayList<>(values);
        if (!button.attr("name").isEmpty()) {
            submitted.add(new SimpleEntry<>(button.attr("name"), button.attr("value")));
        }
        return send(submitted);
    }

    /** The absolute URL the form posts to. */
    public String action() {
        String action = form.absUrl("action");
        return action.isEmpty() ? page.url() : action;
    }

    private Page send(List<Map.Entry<String, String>> fields) {
        if (form.attr("enctype").toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw new UnsupportedOperationException("multipart forms are not supported: " + action());
        }
        String encoded = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if ("get".equalsIgnoreCase(form.attr("method"))) {
            String base = action().replaceFirst("[?#].*$", "");
            return browser.navigate("GET", URI.create(encoded.isEmpty() ? base : base + "?" + encoded), null);
        }
        return browser.navigate("POST", URI.create(action()), encoded);
    }

    private void collect(Element control) {
        String name = control.attr("name");
        String type = control.attr("type").toLowerCase(Locale.ROOT);
        boolean buttonLike = control.tagName().equals("button")
                || control.tagName().equals("input") && BUTTON_TYPES.contains(type);
        if (name.isEmpty() || buttonLike) {
            return; // buttons only count when clicked, see submit(String)
        }
        names.add(name);
        if (control.hasAttr("disabled")) {
            return;
        }
        switch (control.tagName()) {
            case "select" -> collectSelect(name, control);
            case "textarea" -> values.add(new SimpleEntry<>(name, control.wholeText()));
            case "input" -> {
                if (type.equals("checkbox") || type.equals("radio")) {
                    if (control.hasAttr("checked")) {
                        values.add(new SimpleEntry<>(name, control.hasAttr("value") ? control.attr("value") : "on"));
                    }
                } else if (!type.equals("file")) {
                    values.add(new SimpleEntry<>(name, control.attr("value")));
                }
            }
            default -> {
                // other elements carrying a name (fieldset, object...) submit nothing
            }
        }
    }

    private void collectSelect(String name, Element select) {
        Elements options = select.select("option");
        List<Element> chosen = options.stream().filter(o -> o.hasAttr("selected")).toList();
        if (chosen.isEmpty() && !select.hasAttr("multiple") && !options.isEmpty()) {
            chosen = List.of(options.first());
        }
        if (!select.hasAttr("multiple") && chosen.size() > 1) {
            chosen = List.of(chosen.get(chosen.size() - 1));
        }
        for (Element option : chosen) {
            values.add(new SimpleEntry<>(name, option.hasAttr("value") ? option.attr("value") : option.text()));
        }
    }

    private void requireField(String name) {
        if (!names.contains(name)) {
            throw new IllegalArgumentException("Form " + action() + " has no field '" + name + "'; fields: "
                    + names + " on " + page.describe());
        }
    }

    private String buttonDescriptions() {
        return controls.stream().filter(Form::isButton)
                .map(b -> "name='" + b.attr("name") + "' id='" + b.id() + "'")
                .toList().toString();
    }

    /** A control that submits the form when clicked. */
    private static boolean isButton(Element control) {
        String type = control.attr("type").toLowerCase(Locale.ROOT);
        if (control.tagName().equals("button")) {
            return type.isEmpty() || type.equals("submit");
        }
        return control.tagName().equals("input") && (type.equals("submit") || type.equals("image"));
    }

    /** Controls inside the form plus those elsewhere that join it through {@code form="<id>"}. */
    private static List<Element> controls(Page page, FormElement form) {
        List<Element> controls = new ArrayList<>(form.elements());
        if (!form.id().isEmpty()) {
            for (Element outside : page.document().select("[form]")) {
                if (outside.attr("form").equals(form.id()) && !controls.contains(outside)) {
                    controls.add(outside);
                }
            }
        }
        return controls;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
