package dev.sls.testkit.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Layout rules every SLS screen keeps, measured in the real browser: the page is no wider than the window (no
 * sideways scrolling on a phone, hidden elements included), nothing sticks out of the login card, no button's text
 * overflows it, no text is cut off. Pages add their own rules as JavaScript that returns a list of
 * problems. Each check also keeps a screenshot under {@code target/screens} for people reviewing the screens.
 */
public final class ScreenCheck {

    public static final Path SCREENS = Path.of("target", "screens");
    public static final List<String> LOCALES = List.of("en", "ja", "fr");
    /** A laptop and a phone. */
    private static final int[][] VIEWPORTS = {{1280, 900}, {390, 844}};

    /** One pass over a device's screens in one language and window size; {@code suffix} names the screenshots. */
    @FunctionalInterface
    public interface Tour {
        void visit(String locale, String suffix, List<String> problems);
    }

    /** Runs {@code tour} in every language on a laptop and on a phone; returns every problem found. */
    public static List<String> everyLanguageAndSize(Chromium chromium, Tour tour) {
        List<String> problems = new ArrayList<>();
        for (String locale : LOCALES) {
            for (int[] size : VIEWPORTS) {
                chromium.viewport(size[0], size[1]);
                chromium.clearCookies();
                tour.visit(locale, locale + "-" + size[0], problems);
            }
        }
        return problems;
    }

    /** Rules for every page; each problem names the element. */
    private static final String COMMON = """
            (() => {
              const problems = [];
              const main = document.querySelector(%ROOT%);
              if (!main) { return ['no ' + %ROOT% + ' on ' + location.href]; }
              const box = main.getBoundingClientRect();
              const name = e => e.id ? '#' + e.id : e.tagName.toLowerCase() + '.' + (e.className || '').toString().split(' ')[0];
              for (const e of main.querySelectorAll('button, input, a, p, li, label, code, h1, table, figure, img, strong, span')) {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || getComputedStyle(e).visibility === 'hidden') { continue; }
                if (r.left < box.left - 1 || r.right > box.right + 1) {
                  problems.push(name(e) + ' sticks out of its box (' + Math.round(r.left) + '..' + Math.round(r.right)
                      + ' outside ' + Math.round(box.left) + '..' + Math.round(box.right) + ')');
                }
              }
              const body = main.querySelector('.pf-v5-c-login__main-body') || main;
              for (const e of body.querySelectorAll('button, .pf-v5-c-button, td, th, code, strong')) {
                if (e.classList.contains('kc-login-tooltip')) { continue; }  // Keycloak's own restart button, tooltip text hidden
                if (e.scrollWidth > e.clientWidth + 1) {
                  problems.push(name(e) + ' does not hold its text (' + e.scrollWidth + ' > ' + e.clientWidth + ' px)');
                }
              }
              const pageWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
              const windowWidth = Math.min(window.innerWidth, screen.width);
              if (pageWidth > windowWidth) {
                const culprits = [...document.body.querySelectorAll('*')].filter(e => {
                  const r = e.getBoundingClientRect();
                  return (r.width > 0 || r.height > 0) && r.right + window.scrollX > windowWidth + 1;
                });
                const innermost = culprits.filter(e => !culprits.some(c => c !== e && e.contains(c)));
                problems.push('the page is ' + pageWidth + ' px wide in a ' + windowWidth + ' px window and scrolls sideways'
                    + ' (hidden or not: ' + innermost.slice(0, 5).map(name).join(', ') + ')');
              }
              const wideOnes = [...document.body.querySelectorAll('*')].filter(e => !e.closest('.kc-login-tooltip')
                  && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > screen.width + 1);
              if (wideOnes.length > 0) {
                const wide = wideOnes.slice(0, 5).map(name).join(', ');
                problems.push('wider than the screen (' + screen.width + ' px): ' + wide);
              }
              if (document.documentElement.lang === 'ja') {
                problems.push(...japaneseLines(main, name));
              }
              return problems;
            })()""";

    /**
     * Japanese lines: a break between two katakana of one word (セキュリティコードカ/ード) and a last line of a single
     * character (an orphan 「い」) are problems. Read character by character from where the browser drew them.
     */
    private static final String JAPANESE_LINES = """
            function japaneseLines(main, name) {
              const problems = [];
              const kana = /[\\u30A1-\\u30FA\\u30FC]/;
              for (const e of main.querySelectorAll('h1, p, li, label, button, a')) {
                if (e.getBoundingClientRect().width === 0) { continue; }
                // Line by line within each text node: a new block (a label under a name) is not a line break.
                const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
                for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                  if (!t.parentElement || getComputedStyle(t.parentElement).visibility === 'hidden') { continue; }
                  let prev = null, prevTop = null, line = '', lines = 0;
                  for (let i = 0; i < t.data.length; i++) {
                    const ch = t.data[i];
                    if (/\\s/.test(ch)) { continue; }
                    const range = document.createRange();
                    range.setStart(t, i);
                    range.setEnd(t, i + 1);
                    const r = range.getBoundingClientRect();
                    if (r.width === 0) { continue; }
                    const top = Math.round(r.top);
                    if (prevTop !== null && top > prevTop + 2) {
                      if (kana.test(prev) && kana.test(ch)) {
                        problems.push(name(e) + ' breaks inside a word (' + prev + '/' + ch + ')');
                      }
                      lines++;
                      line = '';
                    }
                    line += ch;
                    prev = ch;
                    prevTop = top;
                  }
                  if (lines > 0 && line.replace(/[。、．，！？」』）：]/g, '').length === 1) {
                    problems.push(name(e) + ' leaves 「' + line + '」 alone on its last line');
                  }
                }
              }
              return problems;
            }
            """;

    private ScreenCheck() {
    }

    /**
     * Screenshots the page as {@code name} and returns the problems the common rules and {@code pageRules} (a
     * JavaScript expression giving an array of strings, or null) find.
     */
    public static List<String> check(Chromium chromium, String name, String pageRules) {
        return check(chromium, name, ".pf-v5-c-login__main", pageRules);
    }

    /**
     * As {@link #check(Chromium, String, String)} for a page without a login card (the account console): the common
     * rules hold for the element {@code rootSelector} instead of the card.
     */
    public static List<String> check(Chromium chromium, String name, String rootSelector, String pageRules) {
        List<String> problems = new ArrayList<>();
        collect(chromium.eval(JAPANESE_LINES + COMMON.replace("%ROOT%", Chromium.quote(rootSelector))), name,
                problems);
        if (pageRules != null) {
            collect(chromium.eval(pageRules), name, problems);
        }
        chromium.screenshot(SCREENS.resolve(name + ".png"));
        return problems;
    }

    private static void collect(JsonNode found, String name, List<String> into) {
        if (found == null || !found.isArray()) {
            into.add(name + ": the layout rules did not run (" + found + ")");
            return;
        }
        found.forEach(problem -> into.add(name + ": " + problem.asText()));
    }

    /** Several page rules as one. */
    public static String all(String... rules) {
        return "[].concat(" + String.join(", ", rules) + ")";
    }

    /** A rule: the text of {@code selector} is centred under {@code under} and fits on one line. */
    public static String centredOneLine(String selector, String under) {
        return """
                (() => {
                  const problems = [];
                  const e = document.querySelector(%s), ref = document.querySelector(%s);
                  if (!e || !ref) { return problems; }
                  const range = document.createRange();
                  range.selectNodeContents(e);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (lines.size > 1) { problems.push(%s + ' wraps onto ' + lines.size + ' lines'); }
                  const text = range.getBoundingClientRect(), box = ref.getBoundingClientRect();
                  const offset = (text.left + text.right) / 2 - (box.left + box.right) / 2;
                  if (Math.abs(offset) > 4) { problems.push(%s + ' is not centred under ' + %s + ' (' + Math.round(offset) + ' px)'); }
                  return problems;
                })()""".formatted(Chromium.quote(selector), Chromium.quote(under), Chromium.quote(selector),
                Chromium.quote(selector), Chromium.quote(under));
    }

    /** A rule: the two elements' boxes keep at least {@code gap} pixels apart (vertically or horizontally). */
    public static String apart(String firstSelector, String secondSelector, int gap) {
        return """
                (() => {
                  const problems = [];
                  const firsts = document.querySelectorAll(%s);
                  for (const first of firsts) {
                    const scope = %s.startsWith('#') ? document : (first.closest('td, li') || document);
                    const second = scope.querySelector(%s);
                    if (!second) { continue; }
                    const a = first.getBoundingClientRect(), b = second.getBoundingClientRect();
                    const dx = Math.max(b.left - a.right, a.left - b.right);
                    const dy = Math.max(b.top - a.bottom, a.top - b.bottom);
                    if (Math.max(dx, dy) < %d) {
                      problems.push(%s + ' and ' + %s + ' are too close (' + Math.round(Math.max(dx, dy)) + ' px)');
                    }
                  }
                  return problems;
                })()""".formatted(Chromium.quote(firstSelector), Chromium.quote(secondSelector),
                Chromium.quote(secondSelector), gap,
                Chromium.quote(firstSelector), Chromium.quote(secondSelector));
    }
}
