# mOTP Token: wszystkie zdania aplikacji po polsku (tryb rozkazujący, jak w oprogramowaniu
# systemowym, bez zaimków zwracania się do użytkownika). Gdy brakuje tu komunikatu, pojawia się
# angielski. `$detail` cytuje zdanie silnika (motp-core), które pozostaje po angielsku.
# Liczebniki: one (1), few (2-4, 22-24…), many (0, 5-21, 25-…), other (ułamki).

## Busy
busy-starting = Otwieranie…
busy-creating = Tworzenie sejfu…
busy-unlocking = Odblokowywanie…
busy-saving = Zapisywanie…
busy-exporting = Tworzenie eksportu…
busy-reading-file = Odczytywanie pliku…
busy-checking-password = Sprawdzanie hasła…
busy-clock = Odpytywanie serwera czasu…
busy-scanning = Szukanie kodu QR…

## Fields
field-password = Hasło
field-password-confirmation = Powtórz hasło

## First run
first-run-title = Chroń swoje tokeny
first-run-explanation = Tokeny są przechowywane na tym urządzeniu w postaci zaszyfrowanej. Wybierz hasło do ich odblokowywania; będzie potrzebne, jeśli klucz urządzenia zostanie utracony.
first-run-device-key = Odblokowuj też za pomocą: { $label }
first-run-create = Utwórz
strength-empty = Wybierz hasło o długości co najmniej 8 znaków.
strength-weak = Słabe: użyj co najmniej 8 znaków.
strength-fair = Przeciętne: lepsze będzie dłuższe lub z cyframi i symbolami.
strength-strong = Silne.

## Unlock
unlock-title = Odblokuj tokeny
unlock-button = Odblokuj
unlock-invalidated-hint = Klucz tego urządzenia nie jest już ważny (zmieniły się zapisane odciski palców lub twarz). Odblokuj hasłem; potem można ponownie włączyć klucz urządzenia w Ustawieniach.
device-key-unlock-title = Odblokuj mOTP Token
device-key-unlock-reason = Odblokuj tokeny
device-key-use-password = Użyj hasła
device-key-enrol-title = Włącz odblokowywanie za pomocą: { $label }
device-key-enrol-reason = Potwierdź, aby od teraz odblokowywać tokeny tym urządzeniem

## The list
list-title = Tokeny
list-empty = Nie ma jeszcze tokenów. Dodaj pierwszy przyciskiem +.
list-no-match = Żaden token nie pasuje do wyszukiwania.
list-enter-pin = Wpisz PIN
list-copy-label = Kopiuj kod: { $name }
list-copied = Skopiowano kod
list-use-within = Użyj w ciągu { $seconds } s
list-wait-next = Poczekaj na następny kod
list-upcoming-code = Następny: { $code }
list-seconds-left = { $seconds ->
    [one] Została { $seconds } sekunda
    [few] Zostały { $seconds } sekundy
    [many] Zostało { $seconds } sekund
   *[other] Zostało { $seconds } sekundy
}
list-typo-warning = Ten PIN nie zgadza się z PIN-em ustawionym dla tego tokena. Sprawdź go przed zalogowaniem: błędny kod liczy się jako nieudane logowanie.
list-offer-reenrol = Klucz urządzenia został wyłączony, ponieważ nie jest już ważny. Włącz go ponownie w Ustawieniach.
list-next-code = Następny kod
list-kind-unsupported = Ten token { $kind } wymaga nowszej wersji aplikacji.
kind-totp = TOTP, { $digits } cyfr co { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } cyfr, jeden na dotknięcie ({ $algorithm })
kind-steam = Steam Guard, 5 znaków co 30 s

## Adding a token
add-title = Dodaj token
add-warning-pin-in-uri = Kod QR zawiera też PIN. Zachowaj go tylko wtedy, gdy PIN ma być zapisany na tym urządzeniu.
add-generated-instructions = Wpisz ten sekret na routerze lub serwerze VPN dokładnie tak, jak jest pokazany, albo poproś administratora o zeskanowanie kodu QR.
add-duplicate-same-secret = Ten sam sekret co „{ $name }”
add-duplicate-same-name = Ten sam wystawca i to samo konto co „{ $name }”
add-anyway = Dodaj mimo to
add-export-progress = Zeskanowano { $scanned } z { $total } kodów QR eksportu: pokaż kamerze następny, w dowolnej kolejności.
add-export-other = Ten kod QR należy do innego eksportu. Dokończ ten albo zaimportuj dotąd zeskanowane kody.
add-export-import = Zaimportuj zeskanowane kody
pin-policy-ask = Pytaj o PIN za każdym razem
pin-policy-ask-guard = Pytaj za każdym razem i ostrzegaj przed literówkami
pin-policy-remember = Zapamiętaj PIN na tym urządzeniu

## Secret warnings
secret-warning-not-hex = Sekret nie jest szesnastkowy (0-9, a-f). Porównaj go z kopią na serwerze.
secret-warning-uppercase = Sekret zawiera wielkie litery. mOTP rozróżnia wielkość liter: sekret musi zgadzać się z kopią na serwerze co do litery.
secret-warning-unusual-length = Sekret ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaku
}; sekrety mOTP mają zwykle 16 lub 32. Sprawdź, czy żadnego nie brakuje i żaden nie jest zbędny.
secret-warning-short = Sekret ma tylko { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaku
}, mniej niż zalecane: 16 znaków szesnastkowych dla mOTP, 26 znaków Base32 (128 bitów) dla TOTP i HOTP.

## Detail
detail-confirm-delete = Usunąć „{ $name }”? Bez kopii zapasowej nie będzie można się nim już zalogować.

## Notices
notice-vault-created = Sejf jest gotowy.
notice-recovered-from-previous = Plik sejfu był uszkodzony, dlatego otwarto jego poprzednią kopię. Może brakować ostatniej zmiany: sprawdź tokeny.
notice-token-added = Dodano token
notice-token-deleted = Usunięto token
notice-saved = Zapisano
notice-exported = Zapisano eksport

## Backups
backups-title = Kopie zapasowe
backups-none = Nie ma jeszcze kopii zapasowej.
backups-last = { $days ->
    [0] Ostatnia kopia: dzisiaj.
    [one] Ostatnia kopia: wczoraj.
    [few] Ostatnia kopia: { $days } dni temu.
    [many] Ostatnia kopia: { $days } dni temu.
   *[other] Ostatnia kopia: { $days } dnia temu.
}
backups-reminder = Tokeny zmieniły się od ostatniej kopii zapasowej. Wyeksportuj kopię albo wybierz folder na automatyczne kopie zapasowe.
backups-reminder-auto-failed = Ostatnich zmian nie ma jeszcze w folderze kopii zapasowych. Sprawdź, czy folder jest nadal dostępny.
export-motp = Zaszyfrowana kopia zapasowa (mOTP Token)
export-aegis = Sejf Aegis
export-uris = Lista linków motp://
export-uris-warning = Ten plik nie jest zaszyfrowany: każdy, kto go odczyta, może generować kody. Usuń go po przeniesieniu tokenów.
export-google = Google Authenticator (kody QR)
export-google-warning = Kody QR pokazują każdy sekret: wyświetlaj je tylko tam, gdzie nikt inny nie widzi ekranu.
export-google-progress = Kod QR { $page } z { $pages }
export-google-instructions = W Google Authenticator wybierz Przenieś konta, potem Importuj konta, i zeskanuj każdy kod.
export-google-left-out = Nie ma ich w tych kodach, bo Google Authenticator nie może ich przechowywać: { $names }
export-google-nothing = Żaden z tokenów nie może trafić do Google Authenticator: nie obsługuje tokenów mOTP ani Steam, kodów 7-cyfrowych ani okresów innych niż 30 sekund.
export-google-next = Następny kod
export-google-previous = Poprzedni kod
export-google-done = Gotowe
import-reading = Odczytywanie pliku…
import-needs-password = Ta kopia zapasowa jest zaszyfrowana. Wpisz jej hasło.
import-preview-count = { $count ->
    [one] { $count } token
    [few] { $count } tokeny
    [many] { $count } tokenów
   *[other] { $count } tokena
}
import-preview-pins = Z PIN-em: { $count }
import-preview-duplicates = Już obecne: { $count }
import-preview-skipped = Nie do zaimportowania: { $count }
import-status-new = Nowy
import-status-duplicate = Już obecny
import-status-skipped = Nie można zaimportować
import-duplicate-of = Już obecny jako „{ $name }”
import-skip-unsupported = { $kind ->
    [yandex] Tokeny Yandex nie są obsługiwane: mOTP Token obsługuje tokeny mOTP, TOTP, HOTP i Steam.
   *[unknown] Typ „{ $name }” nie jest obsługiwany: mOTP Token obsługuje tokeny mOTP, TOTP, HOTP i Steam.
}
import-skip-not-an-object = Ten wpis nie jest rekordem tokena.
import-skip-field = { $fault ->
    [missing] We wpisie brakuje pola „{ $field }”.
    [whole] Pole „{ $field }” wpisu nie jest liczbą całkowitą.
    [negative] Pole „{ $field }” wpisu jest ujemne.
   *[type] Pole „{ $field }” wpisu ma niewłaściwy typ.
}
import-skip-digits = Kody { $digits }-cyfrowe nie są obsługiwane: kody TOTP i HOTP mają od 6 do 8 cyfr.
import-skip-counter-missing = Ten token HOTP nie ma licznika.
import-skip-counter-negative = Licznik tego tokena HOTP jest ujemny.
import-skip-algorithm = Algorytm „{ $name }” nie jest obsługiwany: TOTP i HOTP używają SHA-1, SHA-256 lub SHA-512.
import-skip-period = Okres { $seconds } s nie jest obsługiwany: okres TOTP wynosi od 1 do { $max } s (prawie zawsze 30).
import-skip-secret-not-base32 = Sekret nie jest poprawnym tekstem Base32.
import-skip-base32-too-long = Sekret jest za długi: dozwolona liczba znaków to { $max }.
import-skip-base32-character = Znak nr { $position } sekretu nie jest literą (A-Z) ani cyfrą (2-7) Base32.
import-skip-base32-digit = { $digit ->
    [0] Znak nr { $position } sekretu to 0, którego Base32 nie używa: to zapewne litera O.
    [1] Znak nr { $position } sekretu to 1, której Base32 nie używa: to zapewne litera I lub L.
    [8] Znak nr { $position } sekretu to 8, której Base32 nie używa: to zapewne litera B.
   *[9] Znak nr { $position } sekretu to 9, której Base32 nie używa.
}
import-skip-base32-partial = Liczba znaków sekretu ({ $length }) nie daje pełnych bajtów: brakuje jednego znaku albo jeden jest zbędny.
import-skip-secret-empty = Sekret jest pusty.
import-skip-secret-not-printable = Znak nr { $position } sekretu nie jest drukowalną literą, cyfrą ani symbolem ASCII.
import-skip-secret-too-long = Sekret ma { $length ->
    [one] { $length } znak
    [few] { $length } znaki
    [many] { $length } znaków
   *[other] { $length } znaku
}, więcej niż { $max } używane przez jakikolwiek serwer mOTP.
import-skip-secret-not-text = Sekret nie jest tekstem.
import-skip-secret-not-base64 = Sekret nie jest poprawnym tekstem Base64.
import-skip-vault-full = Sejf zawiera już maksymalną liczbę tokenów: { $max }.
import-skip-batch-part-missing = W pliku brakuje kodu QR nr { $part } z { $parts } tego eksportu: dodaj go (zeskanuj ponownie), aby zaimportować zapisane w nim konta.
import-duplicate-same = Ten sam sekret, wystawca i konto co „{ $name }”.
import-duplicate-other-issuer = Ten sam sekret i konto co „{ $name }” (różni się tylko wystawca).
import-report = Zaimportowano { $imported ->
    [one] { $imported } token
    [few] { $imported } tokeny
    [many] { $imported } tokenów
   *[other] { $imported } tokena
}, pominięto { $skipped }.

## Troubleshooting
trouble-title = Rozwiązywanie problemów
duration = { $minutes } min { $seconds } s
clock-on-time = Zegar tego urządzenia chodzi dokładnie.
clock-behind = Zegar tego urządzenia spóźnia się o { $offset } względem dokładnego czasu.
clock-ahead = Zegar tego urządzenia śpieszy się o { $offset } względem dokładnego czasu.
clock-advice-fine = Zegar nie jest przyczyną nieudanych logowań.
clock-advice-corrected = Zapisana korekta wyrównuje zegar tego urządzenia: kody są poprawne.
clock-advice-drifting = Kody nadal działają, ale z mniejszym zapasem. Włącz automatyczne ustawianie zegara lub zastosuj korektę.
clock-advice-fail = Serwer odrzuci kody wygenerowane przy tym zegarze. Włącz automatyczne ustawianie zegara lub zastosuj korektę.
clock-correction-stored = Kody są obliczane z korektą { $offset }.
check-code-instructions = Przeczytaj ten kod kontrolny administratorowi. Pokazuje on, czy sekret zgadza się z sekretem na serwerze, nie ujawniając go.
doctor-step-clock = Zegar
doctor-step-secret = Sekret
doctor-step-pin = PIN i nazwa użytkownika
doctor-step-code = Kod
doctor-clock-ok = Zegar chodzi dokładnie.
doctor-clock-warning = Zegar jest przestawiony, ale kody nadal działają.
doctor-clock-problem = Zegar jest tak bardzo przestawiony, że serwer odrzuca kody.
doctor-clock-skipped = Zegar nie został sprawdzony. Najpierw uruchom sprawdzenie zegara.
doctor-secret-ok = Sekret zgadza się z kopią na serwerze.
doctor-secret-ok-unproven = Z sekretem wszystko wygląda dobrze, ale nie został porównany z kopią na serwerze.
doctor-secret-warning = W sekrecie jest coś nietypowego.
doctor-secret-problem = Sekret różni się od kopii na serwerze.
doctor-secret-skipped = Sekret nie został porównany. Poproś administratora o kod kontrolny serwera.
doctor-pin-ok = PIN wygląda na poprawny.
doctor-pin-warning = Sprawdź PIN i nazwę użytkownika.
doctor-pin-problem = To nie jest PIN ustawiony dla tego tokena.
doctor-pin-skipped = PIN nie został sprawdzony.
doctor-code-ok = Kod jest poprawny dla tej chwili.
doctor-code-warning = Kod został wygenerowany w innym czasie lub innym sekretem.
doctor-code-problem = Kod nie pochodzi z tego tokena.
doctor-code-skipped = Nie podano kodu do sprawdzenia.
doctor-cause-none = W czterech krokach nie znaleziono przyczyny.
doctor-cause-clock = Problemem jest zegar.
doctor-cause-secret = Problemem jest sekret.
doctor-cause-pin = Problemem jest PIN lub nazwa użytkownika.
doctor-cause-code = Problemem jest sam kod.

## Diagnostyka w szczegółach: ustalenia motp-core (motp_core::finding) z ich liczbami.
span = { $hours ->
    [0] { $minutes ->
        [0] { $seconds } s
       *[other] { $seconds ->
            [0] { $minutes } min
           *[other] { $minutes } min { $seconds } s
        }
    }
   *[other] { $minutes ->
        [0] { $hours } godz.
       *[other] { $hours } godz. { $minutes } min
    }
}
size-ms = { $ms } ms
size-tenths = { $seconds },{ $tenths } s
count-periods = { $count ->
    [one] { $count } okres
    [few] { $count } okresy
    [many] { $count } okresów
   *[other] { $count } okresu
}
doctor-offset = { $direction ->
    [behind] spóźnia się o { $size } względem dokładnego czasu
    [ahead] śpieszy się o { $size } względem dokładnego czasu
   *[none] chodzi dokładnie
}
doctor-offset-clause = { $direction ->
    [behind] spóźnia się o { $size }
    [ahead] śpieszy się o { $size }
   *[none] chodzi dokładnie
}
doctor-case = { $case ->
    [uppercase] wielkimi literami
   *[lowercase] małymi literami
}
doctor-server-at = { $server } pod adresem { $address }
doctor-found-clock-not-checked = Zegar urządzenia nie został sprawdzony.
doctor-found-clock-measured = Zegar tego urządzenia { $offset } (±{ $uncertainty } ms, pomiar względem { $server }).
doctor-found-clock-corrected = Z korektą zegara tokena równą { $correction } jego kody powstają tak jak przy zegarze, który { $offset }.
doctor-found-code-outside-window = { $direction ->
    [after] Diagnozowany kod został wygenerowany dla chwili o { $span } późniejszej niż czas odniesienia
    [before] Diagnozowany kod został wygenerowany dla chwili o { $span } wcześniejszej niż czas odniesienia
   *[at] Diagnozowany kod został wygenerowany dla czasu odniesienia
}: zegar urządzenia, które go wygenerowało, odbiega o więcej niż okno czasowe serwera.
doctor-found-hotp-no-clock = Kody HOTP zależą od licznika, nie od zegara: zegar urządzenia nie ma znaczenia.
doctor-found-totp-code-off = Diagnozowany kod został wygenerowany dla chwili przesuniętej o { $span }.
doctor-found-totp-tolerance = Serwer TOTP akceptuje kody z tolerancją około ±{ $tolerance } s (±{ $window } po { $period } s) – dużo mniejszą niż ±3 minuty w mOTP, więc zegar wystarczający dla mOTP może zawieść przy TOTP.
doctor-found-check-codes = Kod kontrolny tokena to { $token }, a serwera { $server }: { $result ->
    [exact] to ten sam sekret
    [lowercase] serwer ma ten sekret zapisany małymi literami
    [uppercase] serwer ma ten sekret zapisany wielkimi literami
   *[different] sekrety się różnią
}.
doctor-found-code-other-case = Diagnozowany kod został wygenerowany tym sekretem zapisanym { $case }: token i druga strona różnią się wielkością liter (kod kontrolny tutaj: { $check_code }).
doctor-found-secret-proven = Sekret wygenerował diagnozowany kod, więc jest poprawny (kod kontrolny { $check_code }).
doctor-found-secret-normal = Sekret wygląda jak zwykły sekret mOTP ({ $length ->
    [one] { $length } znak szesnastkowy
    [few] { $length } znaki szesnastkowe
    [many] { $length } znaków szesnastkowych
   *[other] { $length } znaku szesnastkowego
}); jego kod kontrolny to { $check_code }.
doctor-found-secret-unusual = Sekret (kod kontrolny { $check_code }) jest nietypowy. { $warnings }
doctor-found-key-short = Klucz jest tylko { $bits }-bitowy (RFC 4226 wymaga co najmniej 128 bitów): może brakować znaku albo usługa używa słabego klucza. Kod kontrolny { $check_code }.
doctor-found-key-ok = Sekret to { $bits }-bitowy klucz w Base32; jego kod kontrolny to { $check_code }.
doctor-found-pin-mismatch = Wpisany PIN nie jest tym, z którym skonfigurowano ten token (wykryła to ochrona przed literówkami); błędny PIN nie powoduje żadnego błędu, tylko kody odrzucane przez serwer.
doctor-found-pin-matches = Wpisany PIN przechodzi kontrolę ochrony przed literówkami.
doctor-found-pin-not-typed = Nie wpisano PIN-u, więc ochrona przed literówkami tokena nie mogła go sprawdzić; błędny PIN nie powoduje żadnego błędu, tylko kody odrzucane przez serwer.
doctor-found-pin-proven = PIN wygenerował diagnozowany kod, więc jest poprawny.
doctor-found-pin-uncheckable = Tutaj nie można sprawdzić PIN-u (ten token nie ma ochrony przed literówkami); błędny PIN nie powoduje żadnego błędu, tylko kody odrzucane przez serwer.
doctor-found-no-pin = Tokeny TOTP i HOTP nie mają PIN-u: drugim składnikiem jest sam kod.
doctor-found-username-missing = Z tym tokenem nie zapisano nazwy użytkownika.
doctor-found-username-spaces = Nazwa użytkownika „{ $account }” ma spacje na początku lub na końcu, których serwer VPN nie pomija.
doctor-found-username-exact = Zaloguj się dokładnie jako „{ $account }”: nazwy użytkowników rozróżniają wielkość liter.
doctor-found-no-code = Nie podano kodu do diagnozy.
doctor-found-code-not-diagnosed = Nie udało się zdiagnozować kodu.
doctor-found-code-failed-for-cause-above = Sam kod został wpisany poprawnie; zawiódł z przyczyny wykrytej wyżej.
doctor-found-parameters-differ = Kod nie pasuje do parametrów tokena, ale pasuje do: { $alternative }. Token skonfigurowano z innymi parametrami niż serwer.
doctor-found-digits-differ = Liczba cyfr kodu: { $code_digits }, kodów tokena: { $token_digits }. Ustawiona liczba cyfr różni się od ustawienia serwera.
doctor-found-before-start = Kod pokazano w chwili { $at } s, przed czasem startu tokena T0 = { $t0 } s, gdy token nie ma jeszcze żadnych kodów: jego T0 jest błędny (usługi prawie zawsze używają 0).
doctor-alternative-totp = { $algorithm }, { $digits } cyfr, okres { $period } s (token ma { $token_algorithm }, { $token_digits } cyfr, { $token_period } s)
doctor-alternative-hotp = { $algorithm }, { $digits } cyfr (token ma { $token_algorithm }, { $token_digits } cyfr)
diagnosed-match = { $direction ->
    [ahead] Kod jest poprawny dla tego sekretu i PIN-u (wygenerowany dla chwili o { $span } późniejszej niż ten zegar, w oknie czasowym serwera).
    [behind] Kod jest poprawny dla tego sekretu i PIN-u (wygenerowany dla chwili o { $span } wcześniejszej niż ten zegar, w oknie czasowym serwera).
   *[none] Kod jest poprawny dla tego sekretu i PIN-u.
} Jeśli serwer mimo to go odrzuca, sprawdź nazwę użytkownika (rozróżnia wielkość liter), czy kod nie był już użyty i czy konto nie zostało zablokowane po nieudanych próbach.
diagnosed-clock-drift = { $direction ->
    [ahead] Kod jest poprawny dla chwili o { $span } późniejszej niż ten zegar: zegar tokena śpieszy się o { $span }.
   *[behind] Kod jest poprawny dla chwili o { $span } wcześniejszej niż ten zegar: zegar tokena spóźnia się o { $span }.
} Ustaw datę i godzinę telefonu na automatyczne (czas z sieci) i sprawdź ustawienia NTP routera albo zastosuj w tokenie korektę zegara { $correction }.
diagnosed-secret-case = Kod został wygenerowany sekretem zapisanym { $case }. mOTP rozróżnia wielkość liter: wpisz sekret w tokenie { $case } albo zmień kopię na serwerze, tak aby obie zgadzały się co do litery.
diagnosed-secret-case-clock = { $direction ->
    [ahead] Jego zegar śpieszy się też o { $span }: ustaw datę i godzinę na automatyczne.
   *[behind] Jego zegar spóźnia się też o { $span }: ustaw datę i godzinę na automatyczne.
}
diagnosed-no-match = Żadna chwila w zakresie ±{ $span } nie daje tego kodu: sekret lub PIN się różnią albo kod został źle wpisany. Porównaj kod kontrolny sekretu z kodem administratora, wpisz ponownie PIN i jeszcze raz wpisz kod (6 znaków, 0-9 i a-f).
diagnosed-totp-match-now = Kod jest poprawny dla tej chwili: sekret i parametry się zgadzają.
diagnosed-totp-match-off = { $direction ->
    [after] Kod jest poprawny dla chwili o { $periods } ({ $seconds } s) późniejszej niż czas odniesienia, w oknie czasowym serwera wynoszącym ±{ $window }.
   *[before] Kod jest poprawny dla chwili o { $periods } ({ $seconds } s) wcześniejszej niż czas odniesienia, w oknie czasowym serwera wynoszącym ±{ $window }.
}
diagnosed-totp-clock-drift = { $direction ->
    [after] Kod został wygenerowany dla chwili o { $span } późniejszej niż czas odniesienia: zegar urządzenia, które go wygenerowało, śpieszy się mniej więcej o tyle,
   *[before] Kod został wygenerowany dla chwili o { $span } wcześniejszej niż czas odniesienia: zegar urządzenia, które go wygenerowało, spóźnia się mniej więcej o tyle,
} czyli więcej niż ±{ $tolerance } s serwera (±{ $window } po { $period } s). Ustaw zegar urządzenia z sieci (lub zapisz korektę zegara), a potem użyj nowego kodu. TOTP toleruje dużo mniej niż ±3 minuty w mOTP.
diagnosed-totp-no-match = Żaden kod w zakresie ±{ $span } nie pasuje: sekret lub parametry (algorytm, liczba cyfr, okres) różnią się od ustawień serwera albo kod został źle wpisany. Porównaj sekret i uruchom diagnostykę, która sprawdza typowe warianty.
diagnosed-hotp-match = Kod jest poprawny: to kod dla wartości licznika { $counter }, o { $ahead } przed wartością serwera ({ $server }), w ramach jego okna wyprzedzenia ({ $look_ahead }). Serwer oczekuje następnie wartości { $next }.
diagnosed-hotp-ahead = Kod odpowiada wartości licznika { $counter }, o { $ahead } przed wartością serwera ({ $server }): to więcej niż jego okno wyprzedzenia ({ $look_ahead }) (token był wielokrotnie naciskany bez logowania). Zsynchronizuj ponownie serwer: ustaw jego licznik na { $next } (większość serwerów robi to na podstawie dwóch kolejnych kodów).
diagnosed-hotp-behind = Kod odpowiada wartości licznika { $counter }, o { $behind } za wartością serwera ({ $server }): został już użyty (serwery przyjmują każdy kod tylko raz) albo token został zresetowany. Użyj następnego kodu tokena; jeśli nadal jest za wartością serwera, ustaw licznik tokena na { $server } lub zarejestruj token ponownie.
diagnosed-hotp-no-match = Sprawdzono { $search ->
    [one] { $search } wartość licznika
    [few] { $search } wartości licznika
    [many] { $search } wartości licznika
   *[other] { $search } wartości licznika
} od wartości serwera ({ $server }) i żaden kod nie pasuje: sekret lub parametry (algorytm, liczba cyfr) się różnią albo kod został źle wpisany. Porównaj sekret i uruchom diagnostykę, która sprawdza typowe warianty.
doctor-fix-run-clock-check = Uruchom sprawdzenie zegara: zegar przestawiony o więcej niż okno czasowe serwera (±3 min w większości serwerów) sprawia, że każdy kod zawodzi.
doctor-fix-retry-clock-check = Powtórz sprawdzenie zegara w działającej sieci albo porównaj zegar urządzenia z wiarygodnym zegarem co do sekundy.
doctor-fix-run-clock-check-briefly = Uruchom sprawdzenie zegara.
doctor-fix-retry-clock-check-briefly = Powtórz sprawdzenie zegara w działającej sieci.
doctor-fix-clock-fine = Zegar tego urządzenia jest w porządku: to nie przez niego kody są odrzucane. Jeśli kody nadal zawodzą przy poprawnym czasie, sprawdź zegar routera lub serwera VPN (jego ustawienia NTP), który też musi być dokładny.
doctor-fix-clock-drifting = Zegar tego urządzenia { $offset }. Kody nadal mieszczą się w oknie czasowym serwera (±{ $window }), ale z mniejszym zapasem na wpisanie i na błąd zegara samego serwera. Ustaw datę i godzinę tego urządzenia na automatyczne (czas z sieci) albo zastosuj w tokenie korektę zegara { $correction }.
doctor-fix-clock-fail = Zegar tego urządzenia { $offset }, czyli więcej niż okno czasowe serwera (±{ $window }): serwer odrzuci kody tego tokena. Ustaw datę i godzinę tego urządzenia na automatyczne (czas z sieci) albo zastosuj w tokenie korektę zegara { $correction }.
doctor-fix-totp-clock = Ustaw zegar urządzenia z sieci albo zapisz proponowaną korektę { $correction }: kody TOTP wymagają zegara dokładnego do ±{ $tolerance } s.
doctor-fix-check-codes = { $result ->
    [exact] Kody kontrolne się zgadzają: token i serwer mają ten sam sekret.
    [lowercase] Drugi kod kontrolny pochodzi z tego samego sekretu zapisanego małymi literami: obie kopie różnią się tylko wielkością liter. mOTP rozróżnia wielkość liter: zapisz kopię w tokenie i na serwerze tak samo, co do litery (zwykle małymi literami).
    [uppercase] Drugi kod kontrolny pochodzi z tego samego sekretu zapisanego wielkimi literami: obie kopie różnią się tylko wielkością liter. mOTP rozróżnia wielkość liter: zapisz kopię w tokenie i na serwerze tak samo, co do litery.
   *[different] Kody kontrolne się różnią: token i serwer mają różne sekrety (albo kod kontrolny został źle odczytany). Wpisz ponownie sekret w tokenie na podstawie kopii z serwera, porównując go grupa po grupie, albo ustaw nowy sekret po obu stronach.
}
doctor-fix-compare-check-codes = Porównaj kody kontrolne z administratorem: kod tokena to { $check_code } (nie ujawnia niczego, co pozwala generować kody).
doctor-fix-reenter-base32 = Wpisz ponownie sekret ze strony rejestracji usługi (albo zeskanuj ponownie jej kod QR); w Base32 nie ma 0, 1, 8 ani 9, więc O odczytane jako 0 lub I odczytane jako 1 to częsta pomyłka.
doctor-fix-compare-with-enrolment = Porównaj sekret ze stroną rejestracji usługi.
doctor-fix-compare-base32-check-codes = Jeśli kody zawodzą, porównaj kody kontrolne z administratorem (kod tokena to { $check_code }, obliczony z sekretu zapisanego wielkimi literami Base32 bez dopełnienia).
doctor-fix-type-pin-again = Wpisz PIN ponownie, uważnie. Jeśli PIN zmieniono na serwerze, ustaw ten sam nowy PIN w tokenie.
doctor-fix-type-pin-for-guard = Sprawdź ponownie, wpisując PIN: ochrona przed literówkami wykrywa 15 na 16 literówek.
doctor-fix-save-username = Zapisz nazwę użytkownika VPN razem z tokenem, aby zawsze mieć ją pod ręką.
doctor-fix-username-without-spaces = Zaloguj się jako „{ $account }”, bez spacji, i popraw nazwę w tokenie.
doctor-fix-type-code = Wpisz kod tak, jak jest pokazany (6 znaków, 0-9 i a-f), przed końcem odliczania; jeśli zostało tylko kilka sekund, poczekaj na następny kod.
doctor-fix-diagnose-rejected-code = Jeśli kod zostanie odrzucony, zdiagnozuj go, podając czas jego wpisania.
doctor-fix-give-enrolment-code = Podaj kod pokazany na stronie rejestracji usługi (lub w jej dzienniku) wraz z czasem, w którym się pojawił: diagnostyka wykryje wtedy rozbieżności zegara, licznika i parametrów.
doctor-fix-add-again-with = Dodaj token ponownie z parametrami: { $alternative } (z kodu QR lub linku usługi, które je zawierają).
doctor-fix-add-again-from-link = Dodaj token ponownie z kodu QR lub linku usługi.
doctor-fix-ask-administrator = Jeśli logowanie nadal się nie udaje, poproś administratora o sprawdzenie strony serwera: zegara routera, konta zablokowanego po nieudanych próbach i kodu użytego dwukrotnie (poczekaj na następny kod).
doctor-step-name = { $step ->
    [clock] zegar
    [secret] sekret
    [pin] PIN
   *[code] kod
}
doctor-verdict-problem = Najbardziej prawdopodobna przyczyna to { $cause ->
    [clock] zegar
    [secret] sekret
    [pin] PIN lub nazwa użytkownika
   *[code] kod
}: { $detail }
doctor-verdict-warning = Nie znaleziono jednoznacznej przyczyny; pierwsze ostrzeżenie w kolejności przewodnika: { $detail }
doctor-verdict-skipped = Żaden ze sprawdzonych elementów nie jest błędny, ale niektóre kroki pominięto ({ $steps }).
doctor-verdict-in-order = Wszystko, co sprawdzono, jest w porządku.

## Settings
settings-title = Ustawienia
settings-lock-background = Blokuj po tylu minutach w tle
settings-lock-inactivity = Blokuj po tylu minutach bez dotknięcia
settings-clipboard = Czyść skopiowane kody po tylu sekundach
settings-device-key = Odblokowuj kluczem urządzenia
settings-change-password = Zmień hasło

## Controls (buttons, fields, menus: AppView.labels)
label-back = Wstecz
label-cancel = Anuluj
label-close = Zamknij
label-dismiss = Odrzuć
label-next = Dalej
label-save = Zapisz
label-delete = Usuń
label-add-token = Dodaj token
label-lock = Zablokuj
label-search = Szukaj
label-all-groups = Wszystkie grupy
label-show-code = Pokaż kod
label-scan-qr = Zeskanuj kod QR
label-scanning-hint = Skieruj aparat na kod QR.
label-stop-scanning = Zatrzymaj skanowanie
label-choose-picture = Importuj z obrazu
label-uri = Link (otpauth:// lub motp://)
label-add-from-uri = Dodaj z tego linku
label-issuer = Wystawca (firma lub serwer)
label-account = Konto (nazwa użytkownika)
label-secret = Sekret
label-add-typed-secret = Dodaj ten sekret
label-generate-secret = Wygeneruj nowy sekret
label-pin = PIN
label-confirm-add = Dodaj
label-note = Notatka
label-group = Grupa
label-favourite = Ulubiony
label-tolerance = Tolerancja serwera (sekundy)
label-reveal-secret = Pokaż sekret i jego kod QR
label-hide-secret = Ukryj sekret
label-check-code = Kod kontrolny
label-export-password = Hasło kopii zapasowej
label-import-file = Importuj kopię zapasową…
label-import-password = Hasło tej kopii zapasowej
label-open-import = Otwórz
label-confirm-import = Importuj
label-keep-pins = Zachowaj PIN-y zapisane w kopii zapasowej
label-choose-backup-folder = Wybierz folder na automatyczne kopie zapasowe
label-check-clock = Sprawdź zegar
label-apply-correction = Zastosuj korektę
label-clear-correction = Usuń korektę
label-doctor-token = Token
label-doctor-pin = PIN, tak jak jest wpisywany przy logowaniu
label-doctor-code = Kod odrzucony przez serwer
label-doctor-admin-check-code = Kod kontrolny serwera (od administratora)
label-run-doctor = Znajdź przyczynę
label-show-check-code = Pokaż kod kontrolny
label-current-password = Obecne hasło
label-new-password = Nowe hasło
label-new-password-confirmation = Powtórz nowe hasło
device-key-locked-out = zbyt wiele nieudanych prób; najpierw odblokuj telefon jego kodem
device-key-not-interactive = aplikacja nie była na ekranie, gdy o to poprosiła
device-key-not-available = odblokowanie biometryczne jest wyłączone dla tej aplikacji lub teraz niedostępne

## Errors (by code)
error-locked = Sejf jest zablokowany. Najpierw go odblokuj.
error-busy = Poczekaj na zakończenie bieżącego zadania.
error-not-available = Ta funkcja nie jest dostępna na tym ekranie.
error-unknown-token = Tego tokena nie ma już w sejfie.
error-wrong-password = Błędne hasło. Sprawdź je i spróbuj ponownie.
error-password-empty = Wpisz hasło.
error-passwords-differ = Hasła się różnią. Wpisz dwa razy to samo hasło.
error-device-key-cancelled = Odblokowywanie kluczem urządzenia zostało anulowane. Użyj hasła lub spróbuj ponownie.
error-device-key-invalidated = Klucz tego urządzenia nie jest już ważny. Odblokuj hasłem.
error-device-key-failed = Nie można użyć klucza urządzenia ({ $detail }). Odblokuj hasłem.
error-no-device-key = Ten sejf nie ma klucza dla tego urządzenia. Odblokuj hasłem.
error-secret-invalid = { $problem ->
    [import-skip-base32-too-long] { import-skip-base32-too-long }
    [import-skip-base32-digit] { import-skip-base32-digit }
    [import-skip-base32-character] { import-skip-base32-character }
    [import-skip-base32-partial] { import-skip-base32-partial }
    [import-skip-secret-not-base32] { import-skip-secret-not-base32 }
   *[other] Tego sekretu nie można użyć: { $detail }.
}
error-pin-invalid = Tego PIN-u nie można użyć: { $detail }.
error-pin-required = Najpierw wpisz PIN.
error-uri-invalid = To nie jest link tokena, który da się odczytać: { $detail }.
error-uri-not-motp = Ten kod QR lub link zawiera token, którego ta aplikacja nie może użyć: { $detail }.
error-name-invalid = Sprawdź nazwę: { $detail }.
error-note-invalid = Sprawdź notatkę: { $detail }.
error-qr-invalid = Nie udało się odczytać obrazu: { $detail }.
error-duplicate = Ten token jest już w sejfie.
error-import-password-required = Ta kopia zapasowa jest zaszyfrowana. Wpisz jej hasło.
error-import-wrong-password = Błędne hasło do tej kopii zapasowej. Użyj hasła wybranego przy tworzeniu kopii, a nie PIN-u.
error-import-unreadable = Nie można zaimportować tego pliku: { $detail }.
error-export-failed = Nie udało się utworzyć eksportu: { $detail }.
error-vault-changed-elsewhere = Sejf został zmieniony gdzie indziej (w innym oknie lub na innym urządzeniu). Zablokuj go i odblokuj, a potem spróbuj ponownie.
error-vault-busy = Inny program zapisuje właśnie sejf. Spróbuj ponownie za chwilę.
error-vault-io = Nie udało się odczytać ani zapisać sejfu: { $detail }.
error-vault-damaged = Plik sejfu jest uszkodzony: { $detail }.
error-vault-newer-version = Ten sejf utworzyła nowsza wersja mOTP Token. Zaktualizuj aplikację.
error-vault-not-found = Tutaj nie ma sejfu.
error-vault-exists = Tutaj już istnieje sejf.
error-last-slot = To ostatni sposób dostępu do sejfu i nie można go usunąć. Najpierw dodaj hasło lub klucz urządzenia.
error-clock-failed = { $reason ->
    [not-found] Nie udało się sprawdzić zegara: nie znaleziono serwera czasu { $server }. Sprawdź, czy telefon ma połączenie z internetem.
    [timeout] Nie udało się sprawdzić zegara: serwer czasu { $server } nie odpowiedział na czas. Sprawdź, czy telefon ma połączenie z internetem (niektóre sieci Wi-Fi blokują serwery czasu; spróbuj danych komórkowych), i spróbuj ponownie.
    [unreachable] Nie udało się sprawdzić zegara: serwer czasu { $server } jest nieosiągalny. Sprawdź, czy telefon ma połączenie z internetem, i spróbuj ponownie.
    [refused] Nie udało się sprawdzić zegara: serwer czasu { $server } odmówił odpowiedzi. Spróbuj ponownie później.
    [unsynchronized] Nie udało się sprawdzić zegara: serwer czasu { $server } sam nie zna dokładnego czasu. Spróbuj ponownie później.
   *[bad-reply] Nie udało się sprawdzić zegara: serwer czasu { $server } wysłał nieprawidłową odpowiedź. Spróbuj ponownie później.
}
error-clock-server-invalid = Tego serwera czasu nie można użyć: { $detail }.
error-check-code-invalid = Kod kontrolny ma 6 znaków, 0-9 i a-f, na przykład a1b 2c3.
error-code-invalid = Kod ma 6 znaków, 0-9 i a-f, na przykład 6ed 4e4.
error-file-failed = Nie udało się zapisać ani otworzyć pliku: { $detail }.
error-camera-unavailable = { $problem ->
    [denied] Aplikacja nie ma dostępu do aparatu. Zezwól na niego w ustawieniach systemu albo wklej link lub wpisz sekret.
    [missing] To urządzenie nie ma aparatu, którego aplikacja mogłaby użyć. Wklej link lub wpisz sekret.
   *[failed] Aparat się nie uruchomił (może używa go inna aplikacja). Spróbuj ponownie albo wklej link lub wpisz sekret.
}
error-setting-invalid = Ta wartość jest za duża; maksimum to { $max }.
error-other = Coś poszło nie tak: { $detail }.

## Wiersz poleceń (motp-cli): ramka wokół ustaleń diagnostyki
cli-doctor-title = diagnostyka dla { $name } (logowanie jako „{ $account }”)
cli-doctor-fix = rozwiązanie: { $fix }
cli-doctor-verdict = werdykt:       { $verdict }
cli-doctor-what-to-do = co zrobić:      { $fix }
cli-doctor-check-code = kod kontrolny:  { $code } (porównaj go z kodem administratora; nie ujawnia niczego, co pozwala generować kody)

## Lista: sortowanie, ukryte kody, kosz

sort-manual = Ręcznie
sort-name = Według nazwy
sort-issuer = Według wystawcy
sort-last-used = Ostatnio używane
list-undo-deleted = Przeniesiono { $name } do kosza
list-trash-link = Kosz ({ $count })
notice-token-restored = Przywrócono token
trash-title = Kosz
trash-explanation = Usunięte tokeny są tu przechowywane przez { $days } dni, a potem usuwane na zawsze.
trash-purge-in = { $days ->
    [one] Zostanie usunięty na zawsze za { $days } dzień
    [few] Zostanie usunięty na zawsze za { $days } dni
    [many] Zostanie usunięty na zawsze za { $days } dni
   *[other] Zostanie usunięty na zawsze za { $days } dnia
}
trash-empty = Kosz jest pusty.
label-sort-by = Sortuj według
label-undo = Cofnij
label-restore = Przywróć
label-delete-for-good = Usuń na zawsze
label-hide-codes = Ukrywaj kody do czasu dotknięcia
label-reveal-code = Dotknij, aby pokazać
label-reorder = Przeciągnij, aby zmienić kolejność
# ---- icon packs ----
label-import-icon-pack = Importuj pakiet ikon…
busy-icon-pack = Importowanie pakietu ikon…
settings-icon-pack = Pakiet ikon: { $name }, wersja { $version }, { $count ->
    [one] { $count } ikona
    [few] { $count } ikony
    [many] { $count } ikon
   *[other] { $count } ikony
}
settings-no-icon-pack = Brak pakietu ikon: zaimportuj pakiet ikon Aegis (plik .zip), aby wyświetlać ikony obok tokenów.
notice-icon-pack-imported = Zaimportowano pakiet ikon: { $count ->
    [one] { $count } ikona
    [few] { $count } ikony
    [many] { $count } ikon
   *[other] { $count } ikony
}
error-icon-pack = { $problem ->
    [not-zip] Ten plik nie jest pakietem ikon: nie jest archiwum ZIP albo jest uszkodzony.
    [too-large] Ten pakiet ikon jest za duży: najwyżej { $mib } MiB.
    [too-many-files] Ten pakiet ikon zawiera za dużo plików: najwyżej { $max }.
    [no-pack-json] To nie jest pakiet ikon Aegis: nie ma pliku pack.json na najwyższym poziomie.
    [pack-json-too-large] Plik pack.json tego pakietu ikon jest za duży: najwyżej { $mib } MiB.
    [pack-json-invalid] Nie można odczytać pliku pack.json tego pakietu ikon: { $detail }.
    [no-icons] Ten pakiet ikon nie zawiera żadnych ikon.
    [too-many-icons] Ten pakiet ikon zawiera za dużo ikon: najwyżej { $max }.
    [unsafe-name] Odrzucono ten pakiet ikon: nazwa „{ $name }” wskazuje poza pakiet.
    [missing-icon] Ten pakiet ikon jest niekompletny: brakuje „{ $name }”.
    [not-a-picture] Odrzucono ten pakiet ikon: „{ $name }” nie jest obrazem SVG, PNG ani JPEG.
    [icon-too-large] Odrzucono ten pakiet ikon: „{ $name }” ma więcej niż { $mib } MiB.
    [total-too-large] Odrzucono ten pakiet ikon: po rozpakowaniu ikony zajmują więcej niż { $mib } MiB.
    [unreadable] Ten pakiet ikon jest uszkodzony: nie można rozpakować „{ $name }”.
   *[other] Nie udało się zapisać pakietu ikon: { $detail }.
}

## Sync with a WebDAV server (settings, list, notices)
busy-syncing = Synchronizowanie…
sync-title = Synchronizacja
sync-explanation = Utrzymuj ten sejf jednakowy na wszystkich urządzeniach przez serwer WebDAV, którego już używasz (Nextcloud, ownCloud, NAS). Sejf pozostaje zaszyfrowany: serwer nigdy nie widzi żadnego sekretu.
sync-url-label = Adres pliku sejfu na serwerze
sync-url-placeholder = https://cloud.example/remote.php/dav/files/alice/motp/vault.motp
sync-user-label = Nazwa użytkownika
sync-password-label = Hasło serwera (w Nextcloud hasło aplikacji)
sync-set-up = Skonfiguruj synchronizację
sync-now = Synchronizuj teraz
sync-turn-off = Wyłącz synchronizację
sync-never = Jeszcze nie zsynchronizowano.
sync-last-ok = { $minutes ->
    [0] Zsynchronizowano przed chwilą.
   *[other] Zsynchronizowano { $minutes } min temu.
}
sync-last-failed = { $minutes ->
    [0] Ostatnia synchronizacja, przed chwilą, nie powiodła się: { $reason }
   *[other] Ostatnia synchronizacja, { $minutes } min temu, nie powiodła się: { $reason }
}
sync-password-changed = Hasło sejfu zmieniono na innym urządzeniu. Wpisz nowe hasło raz, aby używać go także tutaj; do tego czasu to urządzenie otwiera sejf starym.
sync-new-password-label = Nowe hasło sejfu
sync-adopt-password = Użyj nowego hasła
list-password-changed-elsewhere = Hasło sejfu zmieniono na innym urządzeniu: wpisz je w Ustawieniach.
notice-synced = Zsynchronizowano z innymi urządzeniami: dodane { $added }, zmienione { $changed }, usunięte { $removed }.
notice-sync-up-to-date = Zsynchronizowano: wszystko jest aktualne.
notice-sync-password-changed = Hasło sejfu zmieniono na innym urządzeniu. Wpisz je raz w Ustawieniach.
error-sync-failed = { $problem ->
    [address] Tego adresu synchronizacji nie można użyć: { $detail }.
    [not-set-up] Ten sejf nie jest połączony z żadnym serwerem synchronizacji. Skonfiguruj go w Ustawieniach.
    [refused] Serwer odrzucił nazwę użytkownika lub hasło. Sprawdź je; w Nextcloud użyj hasła aplikacji.
    [server] Serwer odpowiedział błędem (HTTP { $status }). Twoje zmiany są zapisane na tym urządzeniu; zsynchronizuj później.
    [no-etag] Ten serwer nie może bezpiecznie utrzymywać urządzeń w zgodzie (nie podaje ETag). Użyj serwera WebDAV, takiego jak Nextcloud lub ownCloud.
    [other-vault] Plik pod tym adresem to inny sejf, więc nie został ani scalony, ani nadpisany. Wybierz inny adres.
    [race] Inne urządzenia zapisywały sejf w tym samym czasie. Twoje zmiany są zapisane i scalone; zsynchronizuj ponownie za chwilę.
    [unreachable] Serwer jest nieosiągalny. Sprawdź sieć i adres; Twoje zmiany są zapisane na tym urządzeniu i zostaną zsynchronizowane później.
    [certificate] Certyfikat serwera nie jest zaufany, więc nic nie wysłano. Napraw certyfikat serwera lub zainstaluj jego urząd certyfikacji na tym urządzeniu.
    [timed-out] Serwer nie odpowiedział na czas. Twoje zmiany są zapisane na tym urządzeniu; zsynchronizuj później.
    [too-large] Serwer wysłał plik zbyt duży, by był sejfem. Sprawdź adres.
    [no-vault] Pod tym adresem nie ma jeszcze sejfu. Najpierw skonfiguruj synchronizację na urządzeniu z Twoimi tokenami, a potem użyj tutaj tego samego adresu.
   *[transport] Synchronizacja nie dotarła do serwera: { $detail }. Twoje zmiany są zapisane na tym urządzeniu.
}
join-title = Używasz już mOTP Token na innym urządzeniu?
join-explanation = Użyj sejfu, który przechowuje ono na Twoim serwerze synchronizacji: to urządzenie dostanie te same tokeny i pozostanie zgodne z pozostałymi.
join-vault-password-label = Hasło sejfu (ustawione na drugim urządzeniu)
join-button = Użyj tego sejfu
notice-joined = To urządzenie używa teraz sejfu z Twojego serwera synchronizacji.
history-part = { $part ->
    [issuer] wydawca
    [account] konto
    [note] notatka
    [group] grupa
    [favourite] ulubiony
    [icon] ikona
    [tolerance] „użyj w ciągu” (sekundy)
   *[other] wartość
}
detail-history-version = { $origin ->
    [other] Zmieniono też na innym urządzeniu (zachowano zmianę z tego urządzenia). Tam { $part }: { $value }
   *[here] Zmieniono na innym urządzeniu. Wcześniej { $part }: { $value }
}
detail-history-restore = Przywróć
history-value-empty = (puste)
history-value-yes = tak
history-value-no = nie
backup-versions-show = Przywróć kopię automatyczną
backup-version = { $time }: { $tokens }
backup-version-reading = odczyt…
backup-version-tokens = { $count ->
    [one] 1 token
    [few] { $count } tokeny
    [many] { $count } tokenów
   *[other] { $count } tokena
}
backup-version-unreadable = nie da się odczytać (uszkodzona lub z innego sejfu)
backup-version-merge = Scal
backup-version-restore = Przywróć w całości
backup-version-confirm-restore = Przywrócić sejf do stanu z tej kopii? Tokeny dodane później trafią do kosza (30 dni), usunięte wrócą, a nazwy zostaną przywrócone, na każdym zsynchronizowanym urządzeniu.
notice-backup-taken = Przywrócono kopię: dodane { $added }, zmienione { $changed }, do kosza { $removed }.
# ---- the desktop app (motp-desktop) ----
label-app-name = mOTP Token
label-scan-screen = Zeskanuj ekran
label-paste-picture = Wklej obraz
label-this-computer = pęk kluczy tego komputera
label-screen-capture-failed = Nie udało się przechwycić ekranu.
label-long-secret = 32 znaki (DrayTek, privacyIDEA)
