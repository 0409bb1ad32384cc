# mOTP Token: every sentence the apps show (English, complete; the fallback of every language).
# Ids are stable: the code and the tests refer to them. `$detail` quotes a sentence of the
# engine (motp-core), which is English; messages that need it say so around it.

## Busy
busy-starting = Opening…
busy-creating = Creating your vault…
busy-unlocking = Unlocking…
busy-saving = Saving…
busy-exporting = Making the export…
busy-reading-file = Reading the file…
busy-checking-password = Checking your password…
busy-clock = Asking a time server…
busy-scanning = Looking for a QR code…

## Fields
field-password = Password
field-password-confirmation = Password again

## First run
first-run-title = Protect your tokens
first-run-explanation = Your tokens are kept encrypted on this device. Choose a password to unlock them; you will need it if the device key is ever lost.
first-run-device-key = Also unlock with { $label }
first-run-create = Create
strength-empty = Choose a password of at least 8 characters.
strength-weak = Weak: use at least 8 characters.
strength-fair = Fair: longer, or with digits and symbols, is better.
strength-strong = Strong.

## Unlock
unlock-title = Unlock your tokens
unlock-button = Unlock
unlock-invalidated-hint = This device's key is no longer valid (its fingerprints or face changed). Unlock with your password; you can then turn the device key on again in Settings.
device-key-unlock-title = Unlock mOTP Token
device-key-unlock-reason = Unlock your tokens
device-key-use-password = Use password
device-key-enrol-title = Turn on unlocking with { $label }
device-key-enrol-reason = Confirm to unlock your tokens with this device from now on

## The list
list-title = Tokens
list-empty = No tokens yet. Add one with the + button.
list-no-match = No token matches your search.
list-enter-pin = Enter PIN
list-copy-label = Copy the code of { $name }
list-copied = Code copied
list-use-within = Use within { $seconds } s
list-wait-next = Wait for the next code
list-upcoming-code = Next: { $code }
list-seconds-left = { $seconds ->
    [one] { $seconds } second left
   *[other] { $seconds } seconds left
}
list-typo-warning = This PIN does not match the one set up for this token. Check it before you log in: a wrong code counts as a failed login.
list-offer-reenrol = The device key was turned off because it is no longer valid. Turn it on again in Settings.
list-next-code = Next code
list-kind-unsupported = This { $kind } token needs a newer version of the app.
kind-totp = TOTP, { $digits } digits every { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } digits, one per tap ({ $algorithm })
kind-steam = Steam Guard, 5 characters every 30 s

## Adding a token
add-title = Add a token
add-warning-pin-in-uri = The QR code also holds a PIN. Keep it only if you want the PIN stored on this device.
add-generated-instructions = Enter this secret on the VPN router or server exactly as shown, or let the administrator scan the QR code.
add-duplicate-same-secret = Same secret as “{ $name }”
add-duplicate-same-name = Same issuer and account as “{ $name }”
add-anyway = Add anyway
add-export-progress = { $scanned } of { $total } QR codes of the export scanned: show the next one to the camera, in any order.
add-export-other = This QR code belongs to another export. Finish this one, or import the codes scanned so far.
add-export-import = Import the scanned codes
pin-policy-ask = Ask for the PIN every time
pin-policy-ask-guard = Ask every time, and warn about typos
pin-policy-remember = Remember the PIN on this device

## Secret warnings
secret-warning-not-hex = The secret is not hexadecimal (0-9, a-f). Check it against the server's copy.
secret-warning-uppercase = The secret has uppercase letters. mOTP is case-sensitive: it must match the server's copy letter for letter.
secret-warning-unusual-length = The secret is { $length } characters long; mOTP secrets usually have 16 or 32. Check that none were lost or added.
secret-warning-short = The secret is only { $length } characters long, shorter than recommended: 16 hex characters for mOTP, 26 Base32 characters (128 bits) for TOTP and HOTP.

## Detail
detail-confirm-delete = Delete “{ $name }”? You will not be able to log in with it unless you have a backup.

## Notices
notice-vault-created = Your vault is ready.
notice-recovered-from-previous = The vault file was damaged, so its previous copy was opened. Your most recent change may be missing: check your tokens.
notice-token-added = Token added
notice-token-deleted = Token deleted
notice-saved = Saved
notice-exported = Export saved

## Backups
backups-title = Backups
backups-none = No backup yet.
backups-last = { $days ->
    [0] Last backup: today.
    [one] Last backup: yesterday.
   *[other] Last backup: { $days } days ago.
}
backups-reminder = You changed your tokens since the last backup. Export a backup, or choose a folder for automatic backups.
backups-reminder-auto-failed = Your latest changes are not in the backup folder yet. Check that the folder is still available.
export-motp = Encrypted backup (mOTP Token)
export-aegis = Aegis vault
export-uris = List of motp:// links
export-uris-warning = This file is not encrypted: anyone who reads it can make your codes. Delete it once the tokens are moved.
export-google = Google Authenticator (QR codes)
export-google-warning = The QR codes show every secret: show them only where nobody else can see your screen.
export-google-progress = QR code { $page } of { $pages }
export-google-instructions = In Google Authenticator, choose Transfer accounts, then Import accounts, and scan each code.
export-google-left-out = Not in these codes, because Google Authenticator cannot hold them: { $names }
export-google-nothing = None of your tokens can go to Google Authenticator: it cannot hold mOTP or Steam tokens, 7-digit codes or periods other than 30 seconds.
export-google-next = Next code
export-google-previous = Previous code
export-google-done = Done
import-reading = Reading the file…
import-needs-password = This backup is encrypted. Enter its password.
import-preview-count = { $count ->
    [one] { $count } token
   *[other] { $count } tokens
}
import-preview-pins = { $count } with a PIN
import-preview-duplicates = { $count } already here
import-preview-skipped = { $count } cannot be imported
import-status-new = New
import-status-duplicate = Already here
import-status-skipped = Cannot be imported
import-duplicate-of = Already here as “{ $name }”
import-skip-unsupported = { $kind ->
    [yandex] Yandex tokens are not supported: mOTP Token holds mOTP, TOTP, HOTP and Steam tokens.
   *[unknown] The type “{ $name }” is not supported: mOTP Token holds mOTP, TOTP, HOTP and Steam tokens.
}
import-skip-not-an-object = This entry is not a token record.
import-skip-field = { $fault ->
    [missing] The entry has no “{ $field }” field.
    [whole] The entry's “{ $field }” is not a whole number.
    [negative] The entry's “{ $field }” is negative.
   *[type] The entry's “{ $field }” has the wrong type.
}
import-skip-digits = Codes of { $digits ->
    [one] { $digits } digit
   *[other] { $digits } digits
} are not supported: TOTP and HOTP codes have 6 to 8.
import-skip-counter-missing = This HOTP token has no counter.
import-skip-counter-negative = This HOTP token's counter is negative.
import-skip-algorithm = The algorithm “{ $name }” is not supported: TOTP and HOTP use SHA-1, SHA-256 or SHA-512.
import-skip-period = A period of { $seconds } s is not supported: a TOTP period is 1 to { $max } seconds (almost always 30).
import-skip-secret-not-base32 = The secret is not valid Base32.
import-skip-base32-too-long = The secret is longer than { $max } characters.
import-skip-base32-character = Character { $position } of the secret is not a Base32 letter (A-Z) or digit (2-7).
import-skip-base32-digit = { $digit ->
    [0] Character { $position } of the secret is 0, which Base32 does not use: it is probably the letter O.
    [1] Character { $position } of the secret is 1, which Base32 does not use: it is probably the letter I or L.
    [8] Character { $position } of the secret is 8, which Base32 does not use: it is probably the letter B.
   *[9] Character { $position } of the secret is 9, which Base32 does not use.
}
import-skip-base32-partial = The secret's { $length } characters cannot encode whole bytes: a character is missing or extra.
import-skip-secret-empty = The secret is empty.
import-skip-secret-not-printable = Character { $position } of the secret is not a printable ASCII letter, digit or symbol.
import-skip-secret-too-long = The secret is { $length } characters long, more than the { $max } any mOTP server uses.
import-skip-secret-not-text = The secret is not text.
import-skip-secret-not-base64 = The secret is not valid Base64.
import-skip-vault-full = The vault already holds { $max } tokens, the most it can.
import-skip-batch-part-missing = QR code { $part } of { $parts } of this export is not in the file: add it (scan it again) to import its accounts.
import-duplicate-same = Same secret, issuer and account as “{ $name }”.
import-duplicate-other-issuer = Same secret and account as “{ $name }” (only the issuer differs).
import-report = { $imported ->
    [one] { $imported } token imported
   *[other] { $imported } tokens imported
}, { $skipped } skipped.

## Troubleshooting
trouble-title = Troubleshooting
duration = { $minutes } min { $seconds } s
clock-on-time = This device's clock is on time.
clock-behind = This device's clock is { $offset } behind true time.
clock-ahead = This device's clock is { $offset } ahead of true time.
clock-advice-fine = The clock is not why logins fail.
clock-advice-corrected = The stored correction makes up for this device's clock: codes are right.
clock-advice-drifting = Codes still work, with less margin. Set the clock automatically, or apply the correction.
clock-advice-fail = The server will reject codes made with this clock. Set the clock automatically, or apply the correction.
clock-correction-stored = Codes are computed with a correction of { $offset }.
check-code-instructions = Read this check code to your administrator. It shows whether your secret matches the server's without revealing it.
doctor-step-clock = Clock
doctor-step-secret = Secret
doctor-step-pin = PIN and username
doctor-step-code = The code
doctor-clock-ok = The clock is right.
doctor-clock-warning = The clock is off, but codes still work.
doctor-clock-problem = The clock is so far off that the server rejects the codes.
doctor-clock-skipped = The clock was not checked. Run the clock check first.
doctor-secret-ok = The secret matches the server's copy.
doctor-secret-ok-unproven = Nothing looks wrong with the secret, but it has not been compared with the server's copy.
doctor-secret-warning = Something about the secret is unusual.
doctor-secret-problem = The secret differs from the server's copy.
doctor-secret-skipped = The secret was not compared. Ask your administrator for the server's check code.
doctor-pin-ok = The PIN looks right.
doctor-pin-warning = Check the PIN and the username.
doctor-pin-problem = The PIN is not the one set up for this token.
doctor-pin-skipped = The PIN was not checked.
doctor-code-ok = The code is right for this instant.
doctor-code-warning = The code was made at another time or with another secret.
doctor-code-problem = The code does not come from this token.
doctor-code-skipped = No code to check was given.
doctor-cause-none = No cause was found in the four steps.
doctor-cause-clock = The clock is the problem.
doctor-cause-secret = The secret is the problem.
doctor-cause-pin = The PIN or the username is the problem.
doctor-cause-code = The code itself is the problem.

## The doctor in detail: motp-core's findings (motp_core::finding) with their numbers,
## rendered by doctor_text.rs. Each sentence says what the engine's English says.
span = { $hours ->
    [0] { $minutes ->
        [0] { $seconds } s
       *[other] { $seconds ->
            [0] { $minutes } min
           *[other] { $minutes } min { $seconds } s
        }
    }
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
size-ms = { $ms } ms
size-tenths = { $seconds }.{ $tenths } s
count-periods = { $count ->
    [one] { $count } period
   *[other] { $count } periods
}
doctor-offset = { $direction ->
    [behind] { $size } behind true time
    [ahead] { $size } ahead of true time
   *[none] right on true time
}
doctor-offset-clause = { $direction ->
    [behind] { $size } behind true time
    [ahead] { $size } ahead of true time
   *[none] right on true time
}
doctor-case = { $case ->
    [uppercase] uppercase
   *[lowercase] lowercase
}
doctor-server-at = { $server } at { $address }
doctor-found-clock-not-checked = The device clock was not checked.
doctor-found-clock-measured = This device's clock is { $offset } (±{ $uncertainty } ms, measured against { $server }).
doctor-found-clock-corrected = With the token's clock correction of { $correction } its codes are made { $offset }.
doctor-found-code-outside-window = { $direction ->
    [after] The code to diagnose was made for a time { $span } after the reference time
    [before] The code to diagnose was made for a time { $span } before the reference time
   *[at] The code to diagnose was made for the reference time
}: the clock of the device that made it is off by more than the server's window.
doctor-found-hotp-no-clock = HOTP codes follow a counter, not the clock: the device clock does not matter.
doctor-found-totp-code-off = The code to diagnose was made for a time { $span } off.
doctor-found-totp-tolerance = A TOTP server accepts codes about ±{ $tolerance } s (±{ $window } of { $period } s) — much less than mOTP's ±3 minutes, so a clock fine for mOTP can fail TOTP.
doctor-found-check-codes = The token's check code is { $token }, the server's is { $server }: { $result ->
    [exact] the same secret
    [lowercase] the server has this secret in lowercase
    [uppercase] the server has this secret in uppercase
   *[different] the secrets differ
}.
doctor-found-code-other-case = The code to diagnose was made with this secret written in { $case }: the token and the other side differ in letter case (check code here { $check_code }).
doctor-found-secret-proven = The secret produced the code to diagnose, so it is right (check code { $check_code }).
doctor-found-secret-normal = The secret looks like a normal mOTP secret ({ $length ->
    [one] { $length } hex character
   *[other] { $length } hex characters
}); its check code is { $check_code }.
doctor-found-secret-unusual = The secret (check code { $check_code }) is unusual. { $warnings }
doctor-found-key-short = The key is only { $bits } bits (RFC 4226 asks for at least 128): a character may be missing, or the service uses a weak key. Check code { $check_code }.
doctor-found-key-ok = The secret is a { $bits }-bit key in Base32; its check code is { $check_code }.
doctor-found-pin-mismatch = The PIN typed is not the one this token was set up with (the PIN typo guard caught it); a wrong PIN gives no error, just codes the server rejects.
doctor-found-pin-matches = The PIN typed passes the typo guard.
doctor-found-pin-not-typed = No PIN was typed, so the token's typo guard could not check it; a wrong PIN gives no error, just codes the server rejects.
doctor-found-pin-proven = The PIN produced the code to diagnose, so it is right.
doctor-found-pin-uncheckable = The PIN cannot be checked here (this token has no PIN typo guard); a wrong PIN gives no error, just codes the server rejects.
doctor-found-no-pin = TOTP and HOTP tokens have no PIN: the code alone is the second factor.
doctor-found-username-missing = No username is saved with this token.
doctor-found-username-spaces = The username "{ $account }" has spaces at its start or end, which a VPN server does not ignore.
doctor-found-username-exact = Log in as "{ $account }" exactly: usernames are case-sensitive.
doctor-found-no-code = No code was given to diagnose.
doctor-found-code-not-diagnosed = The code could not be diagnosed.
doctor-found-code-failed-for-cause-above = The code itself was typed correctly; it failed for the cause found above.
doctor-found-parameters-differ = The code does not match the token's parameters, but it matches { $alternative }: the token was set up with other parameters than the server's.
doctor-found-digits-differ = The code has { $code_digits } digits, the token's codes { $token_digits }: the digits setting differs from the server's.
doctor-found-before-start = The code was shown at { $at } s, before the token's start time T0 = { $t0 } s, when the token has no codes at all: its T0 is wrong (services almost always use 0).
doctor-alternative-totp = { $algorithm }, { $digits } digits, a { $period } s period (the token has { $token_algorithm }, { $token_digits } digits, { $token_period } s)
doctor-alternative-hotp = { $algorithm }, { $digits } digits (the token has { $token_algorithm }, { $token_digits } digits)
diagnosed-match = { $direction ->
    [ahead] The code is right for this secret and PIN (made for a time { $span } ahead of this clock, within the server's window).
    [behind] The code is right for this secret and PIN (made for a time { $span } behind this clock, within the server's window).
   *[none] The code is right for this secret and PIN.
} If the server still rejects it, check the username (it is case-sensitive), that the code was not used before, and that the account is not locked after failed attempts.
diagnosed-clock-drift = { $direction ->
    [ahead] The code is right for a time { $span } ahead of this clock: the token's clock is { $span } ahead.
   *[behind] The code is right for a time { $span } behind this clock: the token's clock is { $span } behind.
} Set the phone's date and time to automatic (network time) and check the router's NTP settings, or apply a clock correction of { $correction } on the token.
diagnosed-secret-case = The code was made with the secret written in { $case }. mOTP is case-sensitive: enter the secret in { $case } on the token, or change the server's copy, so that both match letter for letter.
diagnosed-secret-case-clock = { $direction ->
    [ahead] Its clock is also { $span } ahead: set the date and time to automatic.
   *[behind] Its clock is also { $span } behind: set the date and time to automatic.
}
diagnosed-no-match = No time within ±{ $span } gives this code: the secret or PIN differ, or the code was mistyped. Compare the secret's check code with the administrator's, re-type the PIN, and type the code again (6 characters, 0-9 and a-f).
diagnosed-totp-match-now = The code is right for this time: the secret and the parameters match.
diagnosed-totp-match-off = { $direction ->
    [after] The code is right, { $periods } ({ $seconds } s) after the reference time, inside the server's window of ±{ $window }.
   *[before] The code is right, { $periods } ({ $seconds } s) before the reference time, inside the server's window of ±{ $window }.
}
diagnosed-totp-clock-drift = { $direction ->
    [after] The code was made for a time { $span } after the reference time: the clock of the device that made it is ahead by about that much,
   *[before] The code was made for a time { $span } before the reference time: the clock of the device that made it is behind by about that much,
} more than the server's ±{ $tolerance } s (±{ $window } of { $period } s). Set the device clock from the network (or store a clock correction), then use a fresh code. TOTP tolerates far less than mOTP's ±3 minutes.
diagnosed-totp-no-match = No code within ±{ $span } matches: the secret or the parameters (algorithm, digits, period) differ from the server's, or the code was mistyped. Compare the secret and run the doctor, which tries the common alternatives.
diagnosed-hotp-match = The code is right: it is the code of counter { $counter }, { $ahead } ahead of the server's { $server }, inside its look-ahead of { $look_ahead }. The server then expects { $next }.
diagnosed-hotp-ahead = The code is of counter { $counter }, { $ahead } ahead of the server's { $server }: more than its look-ahead of { $look_ahead } (the token was pressed many times without logging in). Resynchronise the server: set its counter to { $next } (most servers do this from two consecutive codes).
diagnosed-hotp-behind = The code is of counter { $counter }, { $behind } behind the server's { $server }: it was already used (servers accept each code once), or the token was reset. Take the token's next code; if it stays behind, set the token's counter to { $server } or re-enrol it.
diagnosed-hotp-no-match = No code within { $search ->
    [one] { $search } counter
   *[other] { $search } counters
} of the server's { $server } matches: the secret or the parameters (algorithm, digits) differ, or the code was mistyped. Compare the secret and run the doctor, which tries the common alternatives.
doctor-fix-run-clock-check = Run the clock check: a clock more than the server's window off (±3 min for most servers) makes every code fail.
doctor-fix-retry-clock-check = Retry the clock check on a working network, or compare the device clock with a reliable clock to the second.
doctor-fix-run-clock-check-briefly = Run the clock check.
doctor-fix-retry-clock-check-briefly = Retry the clock check on a working network.
doctor-fix-clock-fine = This device's clock is fine: it is not why codes are rejected. If codes still fail at the right time, check the VPN router's or server's clock (its NTP settings), which must be right too.
doctor-fix-clock-drifting = This device's clock is { $offset }. Codes still fall inside the server's ±{ $window } window, but with less room for typing and for the server's own clock error. Set this device's date and time to automatic (network time), or apply a clock correction of { $correction } to the token.
doctor-fix-clock-fail = This device's clock is { $offset }, more than the server's ±{ $window } window: the server will reject this token's codes. Set this device's date and time to automatic (network time), or apply a clock correction of { $correction } to the token.
doctor-fix-totp-clock = Set the device clock from the network, or store the suggested correction of { $correction }: TOTP codes need the clock within ±{ $tolerance } s.
doctor-fix-check-codes = { $result ->
    [exact] The check codes match: the token and the server have the same secret.
    [lowercase] The other check code is of this same secret written in lowercase: the two copies differ only in letter case. mOTP is case-sensitive: write the token's and the server's copy the same way, letter for letter (lowercase is usual).
    [uppercase] The other check code is of this same secret written in uppercase: the two copies differ only in letter case. mOTP is case-sensitive: write the token's and the server's copy the same way, letter for letter.
   *[different] The check codes differ: the token and the server have different secrets (or a check code was misread). Re-enter the secret on the token from the server's copy, comparing it group by group, or set a new secret on both.
}
doctor-fix-compare-check-codes = Compare check codes with the administrator: the token's is { $check_code } (it reveals nothing that makes codes).
doctor-fix-reenter-base32 = Re-enter the secret from the service's enrolment page (or scan its QR code again); Base32 has no 0, 1, 8 or 9, so an O read as 0 or an I as 1 is a common slip.
doctor-fix-compare-with-enrolment = Compare the secret with the service's enrolment page.
doctor-fix-compare-base32-check-codes = If codes fail, compare check codes with the administrator (the token's is { $check_code }, computed from the secret in uppercase Base32 without padding).
doctor-fix-type-pin-again = Type the PIN again carefully. If the PIN was changed on the server, set the same new PIN on the token.
doctor-fix-type-pin-for-guard = Check again and type the PIN: the typo guard catches 15 of 16 typos.
doctor-fix-save-username = Save the VPN username with the token so it is always at hand.
doctor-fix-username-without-spaces = Log in as "{ $account }", without the spaces, and correct the name on the token.
doctor-fix-type-code = Type the code as shown (6 characters, 0-9 and a-f), within the countdown; when only a few seconds are left, wait for the next code.
doctor-fix-diagnose-rejected-code = If a code is rejected, diagnose it with the time it was typed.
doctor-fix-give-enrolment-code = Give the code the service's enrolment page (or its log) shows, with the time it was shown: the doctor then finds clock, counter and parameter mismatches.
doctor-fix-add-again-with = Add the token again with { $alternative } (from the service's QR code or link, which carries them).
doctor-fix-add-again-from-link = Add the token again from the service's QR code or link.
doctor-fix-ask-administrator = If logins still fail, ask the administrator to check the server side: the router's clock, an account locked after failed attempts, and a code used twice (wait for the next code).
doctor-step-name = { $step ->
    [clock] clock
    [secret] secret
    [pin] pin
   *[code] code
}
doctor-verdict-problem = The likeliest cause is { $cause ->
    [clock] the clock
    [secret] the secret
    [pin] the PIN or username
   *[code] the code
}: { $detail }
doctor-verdict-warning = No definite cause was found; the first warning, in the guide's order: { $detail }
doctor-verdict-skipped = Nothing checked is wrong, but some steps were skipped ({ $steps }).
doctor-verdict-in-order = Everything checked is in order.

## Settings
settings-title = Settings
settings-lock-background = Lock after this many minutes in the background
settings-lock-inactivity = Lock after this many minutes without a touch
settings-clipboard = Clear copied codes after this many seconds
settings-device-key = Unlock with the device key
settings-change-password = Change password

## Controls (buttons, fields, menus: AppView.labels)
label-back = Back
label-cancel = Cancel
label-close = Close
label-dismiss = Dismiss
label-next = Continue
label-save = Save
label-delete = Delete
label-add-token = Add a token
label-lock = Lock
label-search = Search
label-all-groups = All groups
label-show-code = Show the code
label-scan-qr = Scan a QR code
label-scanning-hint = Point the camera at the QR code.
label-stop-scanning = Stop scanning
label-choose-picture = Import from a picture
label-uri = Link (otpauth:// or motp://)
label-add-from-uri = Add from this link
label-issuer = Issuer (company or server)
label-account = Account (username)
label-secret = Secret
label-add-typed-secret = Add this secret
label-generate-secret = Make a new secret
label-pin = PIN
label-confirm-add = Add
label-note = Note
label-group = Group
label-favourite = Favourite
label-tolerance = Server tolerance (seconds)
label-reveal-secret = Show the secret and its QR code
label-hide-secret = Hide the secret
label-check-code = Check code
label-export-password = Password for the backup
label-import-file = Import a backup…
label-import-password = The backup's password
label-open-import = Open
label-confirm-import = Import
label-keep-pins = Keep the PINs stored in the backup
label-choose-backup-folder = Choose a folder for automatic backups
label-check-clock = Check the clock
label-apply-correction = Apply the correction
label-clear-correction = Remove the correction
label-doctor-token = Token
label-doctor-pin = PIN, as you type it at login
label-doctor-code = A code the server rejected
label-doctor-admin-check-code = The server's check code (from your administrator)
label-run-doctor = Find the cause
label-show-check-code = Show the check code
label-current-password = Current password
label-new-password = New password
label-new-password-confirmation = New password again
device-key-locked-out = too many failed attempts; unlock the phone with its passcode first
device-key-not-interactive = the app was not on screen when it asked
device-key-not-available = biometric unlock is turned off for this app or not available right now

## Errors (by code)
error-locked = The vault is locked. Unlock it first.
error-busy = Please wait until the current task is done.
error-not-available = This is not available on this screen.
error-unknown-token = This token is no longer in the vault.
error-wrong-password = Wrong password. Check it and try again.
error-password-empty = Enter a password.
error-passwords-differ = The two passwords differ. Type the same password twice.
error-device-key-cancelled = Unlocking with the device key was cancelled. Use your password, or try again.
error-device-key-invalidated = This device's key is no longer valid. Unlock with your password.
error-device-key-failed = The device key could not be used ({ $detail }). Unlock with your password.
error-no-device-key = This vault has no device key for this device. Unlock with your password.
error-secret-invalid = { $problem ->
    [import-skip-base32-too-long] { import-skip-base32-too-long }
    [import-skip-base32-digit] { import-skip-base32-digit }
    [import-skip-base32-character] { import-skip-base32-character }
    [import-skip-base32-partial] { import-skip-base32-partial }
    [import-skip-secret-not-base32] { import-skip-secret-not-base32 }
   *[other] This secret cannot be used: { $detail }.
}
error-pin-invalid = This PIN cannot be used: { $detail }.
error-pin-required = Enter the PIN first.
error-uri-invalid = This is not a token link we can read: { $detail }.
error-uri-not-motp = This QR code or link holds a token this app cannot use: { $detail }.
error-name-invalid = Check the name: { $detail }.
error-note-invalid = Check the note: { $detail }.
error-qr-invalid = The picture could not be read: { $detail }.
error-duplicate = This token is already in the vault.
error-import-password-required = This backup is encrypted. Enter its password.
error-import-wrong-password = Wrong password for this backup. Use the password chosen when the backup was made, not a PIN.
error-import-unreadable = This file cannot be imported: { $detail }.
error-export-failed = The export could not be made: { $detail }.
error-vault-changed-elsewhere = The vault was changed elsewhere (another window or device). Lock and unlock, then try again.
error-vault-busy = Another program is saving the vault. Try again in a moment.
error-vault-io = The vault could not be read or written: { $detail }.
error-vault-damaged = The vault file is damaged: { $detail }.
error-vault-newer-version = This vault was made by a newer version of mOTP Token. Update the app.
error-vault-not-found = There is no vault here.
error-vault-exists = A vault already exists here.
error-last-slot = This is the vault's last way in and cannot be removed. Add a password or a device key first.
error-clock-failed = { $reason ->
    [not-found] The clock could not be checked: the time server { $server } was not found. Check that the phone is online.
    [timeout] The clock could not be checked: the time server { $server } did not answer in time. Check that the phone is online (some Wi-Fi networks block time servers; try mobile data) and try again.
    [unreachable] The clock could not be checked: the time server { $server } cannot be reached. Check that the phone is online and try again.
    [refused] The clock could not be checked: the time server { $server } refused to answer. Try again later.
    [unsynchronized] The clock could not be checked: the time server { $server } does not know the time itself. Try again later.
   *[bad-reply] The clock could not be checked: the time server { $server } sent an answer that is not valid. Try again later.
}
error-clock-server-invalid = This time server cannot be used: { $detail }.
error-check-code-invalid = A check code is 6 characters, 0-9 and a-f, like a1b 2c3.
error-code-invalid = A code is 6 characters, 0-9 and a-f, like 6ed 4e4.
error-file-failed = The file could not be saved or opened: { $detail }.
error-camera-unavailable = { $problem ->
    [denied] The app may not use the camera. Allow it in the system settings, or paste the link or type the secret instead.
    [missing] This device has no camera the app can use. Paste the link or type the secret instead.
   *[failed] The camera did not start (another app may be using it). Try again, or paste the link or type the secret instead.
}
error-setting-invalid = This value is too large; the most is { $max }.
error-other = Something went wrong: { $detail }.

## The command line (motp-cli): the frame around the doctor's findings
cli-doctor-title = doctor for { $name } (log in as "{ $account }")
cli-doctor-fix = fix: { $fix }
cli-doctor-verdict = verdict:    { $verdict }
cli-doctor-what-to-do = what to do: { $fix }
cli-doctor-check-code = check code: { $code } (compare it with the administrator's; it reveals nothing that makes codes)

## The list: sorting, hidden codes, the trash

sort-manual = By hand
sort-name = By name
sort-issuer = By issuer
sort-last-used = Last used
list-undo-deleted = { $name } moved to the trash
list-trash-link = Trash ({ $count })
notice-token-restored = Token restored
trash-title = Trash
trash-explanation = Deleted tokens are kept here for { $days } days, then deleted for good.
trash-purge-in = { $days ->
    [one] Deleted for good in { $days } day
   *[other] Deleted for good in { $days } days
}
trash-empty = The trash is empty.
label-sort-by = Sort by
label-undo = Undo
label-restore = Restore
label-delete-for-good = Delete for good
label-hide-codes = Hide codes until tapped
label-reveal-code = Tap to reveal
label-reorder = Drag to reorder
# ---- icon packs ----
label-import-icon-pack = Import icon pack…
busy-icon-pack = Importing the icon pack…
settings-icon-pack = Icon pack: { $name }, version { $version }, { $count ->
    [one] { $count } icon
   *[other] { $count } icons
}
settings-no-icon-pack = No icon pack: import an Aegis icon pack (a .zip file) to show icons beside your tokens.
notice-icon-pack-imported = Icon pack imported: { $count ->
    [one] { $count } icon
   *[other] { $count } icons
}
error-icon-pack = { $problem ->
    [not-zip] This file is not an icon pack: it is not a ZIP archive, or it is damaged.
    [too-large] This icon pack is too large: the most is { $mib } MiB.
    [too-many-files] This icon pack holds too many files: the most is { $max }.
    [no-pack-json] This is not an Aegis icon pack: it has no pack.json at its top level.
    [pack-json-too-large] This icon pack's pack.json is too large: the most is { $mib } MiB.
    [pack-json-invalid] This icon pack's pack.json cannot be read: { $detail }.
    [no-icons] This icon pack lists no icons.
    [too-many-icons] This icon pack lists too many icons: the most is { $max }.
    [unsafe-name] This icon pack was refused: the name “{ $name }” points outside the pack.
    [missing-icon] This icon pack is incomplete: “{ $name }” is missing.
    [not-a-picture] This icon pack was refused: “{ $name }” is not an SVG, PNG or JPEG picture.
    [icon-too-large] This icon pack was refused: “{ $name }” is larger than { $mib } MiB.
    [total-too-large] This icon pack was refused: its icons take more than { $mib } MiB unpacked.
    [unreadable] This icon pack is damaged: “{ $name }” cannot be unpacked.
   *[other] The icon pack could not be stored: { $detail }.
}

## Sync with a WebDAV server (settings, list, notices)
busy-syncing = Syncing…
sync-title = Sync
sync-explanation = Keep this vault in step on all your devices through a WebDAV server you already use (Nextcloud, ownCloud, a NAS). The vault stays encrypted: the server never sees a secret.
sync-url-label = Address of the vault file on the server
sync-url-placeholder = https://cloud.example/remote.php/dav/files/alice/motp/vault.motp
sync-user-label = User name
sync-password-label = Server password (for Nextcloud, an app password)
sync-set-up = Set up sync
sync-now = Sync now
sync-turn-off = Turn off sync
sync-never = Not synced yet.
sync-last-ok = { $minutes ->
    [0] Synced just now.
   *[other] Synced { $minutes } min ago.
}
sync-last-failed = { $minutes ->
    [0] The last sync, just now, failed: { $reason }
   *[other] The last sync, { $minutes } min ago, failed: { $reason }
}
sync-password-changed = The vault password was changed on another device. Enter the new password once to use it here too; until then this device keeps opening with its old one.
sync-new-password-label = The new vault password
sync-adopt-password = Use the new password
list-password-changed-elsewhere = The vault password was changed on another device: enter it in Settings.
notice-synced = Synced with your other devices: { $added } added, { $changed } changed, { $removed } removed.
notice-sync-up-to-date = Synced: everything is up to date.
notice-sync-password-changed = The vault password was changed on another device. Enter it once in Settings.
error-sync-failed = { $problem ->
    [address] This sync address cannot be used: { $detail }.
    [not-set-up] This vault is not linked to a sync server. Set one up in Settings.
    [refused] The sync server refused the user name or password. Check them; for Nextcloud, use an app password.
    [server] The sync server answered with an error (HTTP { $status }). Your changes are saved on this device; sync again later.
    [no-etag] This server cannot keep devices in step safely (it gives no ETag). Use a WebDAV server such as Nextcloud or ownCloud.
    [other-vault] The file at the sync address is a different vault, so it was neither merged nor overwritten. Choose another address.
    [race] Other devices kept writing the vault at the same time. Your changes are saved and merged; sync again in a moment.
    [unreachable] The sync server cannot be reached. Check the network and the address; your changes are saved on this device and sync later.
    [certificate] The sync server's certificate is not trusted, so nothing was sent. Fix the server's certificate or install its authority on this device.
    [timed-out] The sync server did not answer in time. Your changes are saved on this device; sync again later.
    [too-large] The sync server sent a file too large to be a vault. Check the address.
    [no-vault] There is no vault at this address yet. Set up sync on the device that has your tokens first, then use the same address here.
   *[transport] The sync did not reach the server: { $detail }. Your changes are saved on this device.
}
join-title = Already use mOTP Token on another device?
join-explanation = Use the vault it keeps on your sync server: this device gets the same tokens and stays in step with the others.
join-vault-password-label = The vault password (as set on your other device)
join-button = Use this vault
notice-joined = This device now uses the vault from your sync server.
history-part = { $part ->
    [issuer] issuer
    [account] account
    [note] note
    [group] group
    [favourite] favourite
    [icon] icon
    [tolerance] "use within" (seconds)
   *[other] value
}
detail-history-version = { $origin ->
    [other] Also changed on another device (this device's change was kept). Its { $part }: { $value }
   *[here] Changed on another device. Earlier { $part }: { $value }
}
detail-history-restore = Restore
history-value-empty = (empty)
history-value-yes = yes
history-value-no = no
backup-versions-show = Restore an automatic backup
backup-version = { $time }: { $tokens }
backup-version-reading = reading…
backup-version-tokens = { $count ->
    [one] 1 token
   *[other] { $count } tokens
}
backup-version-unreadable = cannot be read (damaged, or another vault's)
backup-version-merge = Merge in
backup-version-restore = Restore as it was
backup-version-confirm-restore = Put the vault back as this backup held it? Tokens added since go to the trash (kept 30 days), deleted ones come back, and names are set back, on every synced device.
notice-backup-taken = Backup restored: { $added } added, { $changed } changed, { $removed } moved to the trash.
# ---- the desktop app (motp-desktop) ----
label-app-name = mOTP Token
label-scan-screen = Scan the screen
label-paste-picture = Paste a picture
label-this-computer = this computer's keyring
label-screen-capture-failed = The screen could not be captured.
label-long-secret = 32 characters (DrayTek, privacyIDEA)
