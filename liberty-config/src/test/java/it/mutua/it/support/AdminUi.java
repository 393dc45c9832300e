package it.mutua.it.support;

import java.nio.file.Path;

/**
 * Steps shared by the browser tests of the admin UI: sign in through the login form, read the side menu, open a
 * screen by URL, pick an item of a Vaadin combo box with the keyboard, confirm a dialog.
 */
public final class AdminUi {

    public static final Path SHOTS = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
    public static final String ARROW_DOWN = "\uE015";
    public static final String ENTER = "\uE007";

    private AdminUi() {
    }

    /** A new browser signed in as {@code username} (demo password), once the shell with its menu is shown. */
    public static Browser signedIn(String username) throws Exception {
        Browser browser = Browser.open();
        try {
            browser.go(Http.BASE + "/admin/login");
            signIn(browser, username, Users.DEMO_PASSWORD);
            browser.find("vaadin-side-nav-item");
            return browser;
        } catch (Exception | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    public static void signIn(Browser browser, String username, String password) throws InterruptedException {
        browser.type(browser.find("vaadin-text-field input"), username);
        browser.type(browser.find("vaadin-password-field input"), password);
        browser.click(browser.find("vaadin-button[theme~='primary']"));
    }

    /** The labels of the side menu, one per line. */
    public static String menu(Browser browser) throws InterruptedException {
        browser.find("vaadin-side-nav-item");
        return browser.script("return Array.from(document.querySelectorAll('vaadin-side-nav-item'))"
                + ".map(i => i.textContent.trim()).join('\\n')").toString();
    }

    /** Opens a path of the admin UI ("enti/lombardia") and waits until the page shows {@code expected}. */
    public static String open(Browser browser, String path, String expected) throws InterruptedException {
        browser.go(Http.BASE + "/admin/" + path);
        return browser.textContaining(expected);
    }

    /** Types into the input of the component with this id (a Vaadin text field, combo box, date picker). */
    public static void typeInto(Browser browser, String id, String text) throws InterruptedException {
        browser.type(browser.find("#" + id + " input"), text);
    }

    /** Picks the first item of a combo box whose label contains {@code filter}, as a keyboard user does. */
    public static void choose(Browser browser, String comboId, String filter) throws InterruptedException {
        String input = browser.find("#" + comboId + " input");
        browser.type(input, filter);
        Thread.sleep(400);
        browser.type(input, ARROW_DOWN);
        browser.type(input, ENTER);
    }

    /**
     * Clicks the element matching {@code css} after scrolling it to the middle of the view by script: after a modal
     * dialog closes, WebDriver's own scrolling does not always reach an element below the fold of the app layout.
     */
    public static void clickScrolled(Browser browser, String css) throws InterruptedException {
        String element = browser.find(css);
        browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", css);
        browser.click(element);
    }

    /** True if a shown button's text contains {@code text}. */
    public static boolean hasVisibleButton(Browser browser, String text) {
        return "true".equals(browser.script("return Array.from(document.querySelectorAll('vaadin-button'))"
                + ".some(b => b.offsetParent !== null && b.textContent.includes(arguments[0]))", text).toString());
    }

    /** Clicks the confirming button of the open confirmation dialog. */
    public static void confirm(Browser browser) throws InterruptedException {
        browser.click(browser.find("vaadin-button[slot='confirm-button']"));
    }

    public static void screenshot(Browser browser, String name) throws Exception {
        Thread.sleep(300);
        browser.screenshot(SHOTS.resolve(name + ".png"));
    }
}
