package dev.sls.testkit.bench;

import java.util.Locale;

/**
 * One approved push login, all times in ms after t0, the moment just before the phone's approve request was sent.
 *
 * @param route          where the phone's request went (same node as the browser, or the other node)
 * @param waiting        how many logins were waiting on push at the time
 * @param phoneReturned  the phone's approve call returned (what the old benchmark took as its start)
 * @param browserTold    t1: the browser's long poll answered with the outcome
 * @param nextPage       t2: the browser, having submitted the page's form, holds the redirect with the code
 */
record PushSample(String route, int waiting, int index, double phoneReturned, double browserTold, double nextPage) {

    static final String CSV_HEADER = "route,waiting,index,phone_returned_ms,browser_told_ms,next_page_ms,"
            + "told_minus_returned_ms";

    /** Browser told minus phone's call returned: negative when the browser heard first. Never clamped. */
    double toldMinusReturned() {
        return browserTold - phoneReturned;
    }

    String csv() {
        return String.format(Locale.ROOT, "%s,%d,%d,%.3f,%.3f,%.3f,%.3f", route, waiting, index, phoneReturned,
                browserTold, nextPage, toldMinusReturned());
    }
}
