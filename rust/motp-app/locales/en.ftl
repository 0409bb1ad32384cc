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

## The list
list-title = Tokens
list-empty = No tokens yet. Add one with the + button.
list-no-match = No token matches your search.
list-enter-pin = Enter PIN
list-copy-label = Copy the code of { $name }
list-copied = Code copied
list-use-within = Use within { $seconds } s
list-wait-next = Wait for the next code
list-typo-warning = This PIN does not match the one set up for this token. Check it before you log in: a wrong code counts as a failed login.
list-offer-reenrol = The device key was turned off because it is no longer valid. Turn it on again in Settings.
list-next-code = Next code
list-kind-unsupported = This { $kind } token needs a newer version of the app.
kind-totp = TOTP, { $digits } digits every { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } digits, one per tap ({ $algorithm })

## Adding a token
add-title = Add a token
add-warning-pin-in-uri = The QR code also holds a PIN. Keep it only if you want the PIN stored on this device.
add-generated-instructions = Enter this secret on the VPN router or server exactly as shown, or let the administrator scan the QR code.
add-duplicate-same-secret = Same secret as “{ $name }”
add-duplicate-same-name = Same issuer and account as “{ $name }”
add-anyway = Add anyway
pin-policy-ask = Ask for the PIN every time
pin-policy-ask-guard = Ask every time, and warn about typos
pin-policy-remember = Remember the PIN on this device

## Secret warnings
secret-warning-not-hex = The secret is not hexadecimal (0-9, a-f). Check it against the server's copy.
secret-warning-uppercase = The secret has uppercase letters. mOTP is case-sensitive: it must match the server's copy letter for letter.
secret-warning-unusual-length = The secret is { $length } characters long; mOTP secrets usually have 16 or 32. Check that none were lost or added.
secret-warning-short = The secret is only { $length } characters long; 16 or more are recommended.

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
error-secret-invalid = This secret cannot be used: { $detail }.
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
error-clock-failed = The clock could not be checked: { $detail }.
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
