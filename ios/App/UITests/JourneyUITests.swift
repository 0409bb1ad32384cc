// The user's first journey through the real app on a simulator (XCUITest; needs Xcode and runs
// only on the macOS runner, `xcodebuild test` in .github/workflows/ios.yml): first run → add a
// token by pasting a TOTP link → its code is shown → lock. The app runs as shipped, with the
// real library and a fresh vault (a new simulator install has none); the texts are the core's
// English catalog (the app is launched in English).
import XCTest

final class JourneyUITests: XCTestCase {
    private var app: XCUIApplication!

    override func setUp() {
        continueAfterFailure = false
        app = XCUIApplication()
        app.launchArguments += ["-AppleLanguages", "(en)", "-AppleLocale", "en_US"]
        app.launch()
    }

    /// The first element whose accessibility label is `label`, of any kind.
    private func element(_ label: String) -> XCUIElement {
        app.descendants(matching: .any).matching(NSPredicate(format: "label == %@", label)).firstMatch
    }

    /// A TOTP code as the list shows it, grouped: "123 456".
    private var code: XCUIElement {
        app.staticTexts.matching(NSPredicate(format: "label MATCHES %@", "[0-9]{3} [0-9]{3}")).firstMatch
    }

    private func type(_ text: String, into field: XCUIElement) {
        XCTAssertTrue(field.waitForExistence(timeout: 30), "no field \(field)")
        field.tap()
        field.typeText(text)
    }

    func testFirstRunAddACodeAndLock() {
        // First run: a new vault with a password (Argon2id runs off the main thread meanwhile).
        XCTAssertTrue(element("Protect your tokens").waitForExistence(timeout: 60))
        let password = "correct horse battery staple"
        type(password, into: app.secureTextFields["Password"])
        type(password, into: app.secureTextFields["Password again"])
        app.buttons["Create"].tap()

        // The list; add a token by pasting a link.
        XCTAssertTrue(app.buttons["Add a token"].waitForExistence(timeout: 60))
        app.buttons["Add a token"].tap()
        type("otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME",
             into: app.textFields["Link (otpauth:// or motp://)"])
        app.buttons["Add from this link"].tap()
        XCTAssertTrue(app.buttons["Continue"].waitForExistence(timeout: 30))
        app.buttons["Continue"].tap()
        XCTAssertTrue(app.buttons["Add"].waitForExistence(timeout: 30))
        app.buttons["Add"].tap()

        // Back on the list: the token, with its code.
        XCTAssertTrue(code.waitForExistence(timeout: 30), "no code on the list")

        // Lock (a secondary toolbar action: in the navigation bar's overflow menu on iPhone).
        if !app.buttons["Lock"].exists { app.navigationBars.buttons["More"].tap() }
        XCTAssertTrue(app.buttons["Lock"].waitForExistence(timeout: 10))
        app.buttons["Lock"].tap()
        XCTAssertTrue(element("Unlock your tokens").waitForExistence(timeout: 30))
        XCTAssertFalse(code.exists, "a code is still on screen after the lock")
    }
}
