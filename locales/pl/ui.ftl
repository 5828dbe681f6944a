# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Przygotuj się do konferencji w sprawie ochrony dziecka
# Button that goes to the screen before. On every screen but the first.
nav-back = Wstecz
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = Dalej
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Sprawdź te odpowiedzi
# Reminder under the progress line on every part.
part-blank-ok = Każde pytanie możesz zostawić puste i wrócić do niego później.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Język

welcome-title = Przygotowanie do konferencji w sprawie ochrony dziecka
welcome-lead = Ta aplikacja pomaga zastanowić się, co chcesz powiedzieć na spotkaniu, i przygotować stronę do wydrukowania i zabrania ze sobą.
welcome-what-heading = Co to jest konferencja w sprawie ochrony dziecka?
welcome-what-1 = To spotkanie w sprawie Twojego dziecka. Ty i osoby, które pracują z Twoją rodziną – na przykład pracownik socjalny, nauczyciele, pielęgniarka środowiskowa czy lekarz – spotykacie się, żeby porozmawiać o tym, jak zadbać o bezpieczeństwo i dobro Twojego dziecka.
welcome-what-2 = Na spotkaniu zapada decyzja, czy Twoje dziecko potrzebuje planu ochrony dziecka. To pisemny plan: co musi się stać, żeby Twoje dziecko było bezpieczne, i kto w tym pomoże.
welcome-what-3 = Konferencja nie decyduje o tym, gdzie mieszka Twoje dziecko. To nie jest sąd.
welcome-voice-heading = Twoje zdanie jest ważne
welcome-voice-1 = Dostajesz zaproszenie na spotkanie, żeby powiedzieć, co myślisz. Znasz swoje dziecko lepiej niż ktokolwiek inny.
welcome-voice-2 = Możesz przyjść z kimś, kto Cię wesprze, na przykład z przyjacielem, krewnym albo rzecznikiem.
welcome-how-heading = Jak działa ta aplikacja
welcome-how-1 = Najpierw opowiesz nam trochę o sobie i o konferencji. Potem jest sześć krótkich części, w każdej kilka pytań.
welcome-how-2 = Na końcu możesz jeszcze raz wszystko przeczytać i zrobić plik PDF do wydrukowania.
welcome-how-3 = Wszystko zostaje na tym komputerze. Nic nie jest wysyłane przez internet.
welcome-how-4 = Twoje odpowiedzi zapisują się same w trakcie pisania. Są zabezpieczone na tym komputerze, tak że tylko Ty możesz je otworzyć.
# The button that starts a new contribution, under the box for its name.
welcome-start = Zacznij
# Under the few words explained on the welcome screen.
welcome-more-words = Więcej słów i przewodnik po spotkaniu

## About you and the conference (the practical page)

about-title = O Tobie i o konferencji
about-intro = Dzięki temu uczestnicy spotkania będą wiedzieć, kto to napisał. Wypełnij, co możesz. Każde pytanie można zostawić puste.
about-you-heading = O Tobie
about-name-label = Imię i nazwisko
about-relationship-label = Kim jesteś dla dziecka lub dzieci?
about-relationship-hint = Na przykład: mama, tata, babcia lub dziadek, ojczym lub macocha, rodzic zastępczy.
about-children-heading = Dzieci
about-children-hint = Wpisz imię każdego dziecka. Dodaj jego wiek albo datę urodzenia – co jest łatwiejsze.
about-child-name-label = Imię
about-child-age-label = Wiek
about-child-birth-label = Data urodzenia
about-child-add = Dodaj kolejne dziecko
about-child-remove = Usuń to dziecko
about-conference-heading = Konferencja
about-date-label = Data
about-time-label = Godzina rozpoczęcia
about-kind-label = Która to konferencja?
about-kind-initial = Pierwsza konferencja (tzw. konferencja wstępna)
about-kind-review = Konferencja przeglądowa, po tym jak powstał plan
about-unsure = Nie mam pewności
about-format-label = Jak się odbędzie?
about-format-in-person = Wszyscy razem w jednej sali
about-format-video = Przez połączenie wideo
about-format-mixed = Jedno i drugie
about-format-phone = Przez telefon
about-social-worker-label = Imię i nazwisko Twojego pracownika socjalnego
about-helper-heading = Pomoc w wypełnieniu
about-helper-label = Czy ktoś pomaga Ci to wypełnić?
about-helper-nobody = Nie, wypełniam samodzielnie
about-helper-supporter = Przyjaciel lub ktoś z rodziny
about-helper-advocate = Rzecznik
about-helper-social-worker = Pracownik socjalny
about-helper-interpreter = Tłumacz
about-helper-name-label = Imię i nazwisko tej osoby
about-interpreter-label = Czy potrzebujesz tłumacza na konferencji?
about-interpreter-no = Nie
about-interpreter-yes = Tak
about-interpreter-language-label = Jaki język?
about-access-label = Czy coś pomogłoby Ci wziąć udział w spotkaniu?
about-access-hint = Na przykład: wejście bez schodów, duży druk, pętla indukcyjna dla osób niedosłyszących, przerwy albo spokojne miejsce do czekania.

## Check your answers

check-title = Sprawdź swoje odpowiedzi
check-intro = Przeczytaj jeszcze raz swoje odpowiedzi. Zanim zrobisz plik PDF, możesz wszystko zmienić.
# Button beside each part that goes back to it.
check-change = Zmień
check-not-answered = Bez odpowiedzi
check-make-pdf = Zrób mój PDF
check-pdf-note = Wybierzesz, gdzie go zapisać. Potem możesz go wydrukować albo dać przewodniczącemu lub pracownikowi socjalnemu.
status-making-pdf = Trwa tworzenie Twojego PDF…
status-cancelled = Nie wybrano miejsca zapisu pliku PDF, więc nie został zapisany. Możesz spróbować jeszcze raz.

## Your PDF is ready

done-title = Twój PDF jest gotowy
done-saved = Zapisano go jako:
done-open = Otwórz mój PDF
done-back = Wróć do moich odpowiedzi
done-bring = Wydrukuj go i przynieś na konferencję albo wyślij przewodniczącemu lub pracownikowi socjalnemu przed spotkaniem. Nadal możesz zmienić odpowiedzi i zrobić nowy plik.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Przygotuj moje notatki na dzień spotkania

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Coś poszło nie tak. Twoje odpowiedzi nadal tu są. Spróbuj jeszcze raz.

## Buttons at the top of every screen

nav-timeline = Co się dzieje i kiedy
nav-guide = Przewodnik i słowa
# Above the links to the glossary on a part's screen.
part-words = Słowa z tej strony

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = Dodaj datę konferencji na stronie „O Tobie”, a tutaj pojawią się Twoje terminy.
timeline-add-date = Dodaj datę
timeline-reports-days-label = Ile dni roboczych przed konferencją powinny do Ciebie dotrzeć raporty?
timeline-reports-days-hint = Większość urzędów podaje 2 dni przed pierwszą konferencją i 5 przed przeglądową. Zasady się różnią, więc zapytaj pracownika socjalnego.
timeline-chair-minutes-label = Ile minut przed konferencją przewodniczący spotyka się z Tobą?
timeline-chair-minutes-hint = Wiele urzędów podaje 30 minut, niektóre 15 albo godzinę. Może to być w zaproszeniu; jeśli nie, zapytaj pracownika socjalnego.
timeline-calendar-heading = Dodaj terminy do kalendarza
timeline-calendar-intro = Tu możesz zapisać plik, który otworzy Twój telefon, Outlook albo inny kalendarz. Wydarzenia mówią tylko, co się dzieje, a nie, kogo dotyczą.
timeline-calendar-names = Dodaj imiona moich dzieci do wydarzeń
timeline-calendar-save = Zapisz plik kalendarza
timeline-calendar-saved = Plik kalendarza zapisano jako:
status-calendar-cancelled = Nie wybrano miejsca zapisu pliku kalendarza, więc nie został zapisany.

## Your drafts (the start screen)

drafts-heading = Twoje wersje robocze
drafts-intro = Odpowiedzi każdej osoby są przechowywane jako osobna wersja robocza. Kontynuuj jedną z nich albo zacznij nową.
drafts-none = Na tym komputerze nie ma jeszcze żadnych wersji roboczych.
drafts-open = Kontynuuj
drafts-rename = Zmień nazwę
drafts-rename-label = Nowa nazwa
drafts-rename-save = Zapisz nazwę
drafts-cancel = Anuluj
drafts-delete = Usuń
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = Usunąć tę wersję roboczą? Wszystko, co w niej jest, i każda kopia zachowana przez aplikację znikną na zawsze.
drafts-delete-yes = Tak, usuń
drafts-delete-no = Nie, zachowaj
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Pliki, których nie udało się otworzyć
drafts-new-heading = Zacznij nową wypowiedź
drafts-new-label = Jak ją nazwać?
drafts-new-hint = Na przykład: „Mama – konferencja wstępna, 3 grudnia”. Możesz zostawić to pole puste i zmienić nazwę później.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Dodaj zapasową frazę dostępu
drafts-spare-intro = Twoje wersje robocze otwiera magazyn haseł tego komputera. Zapasowa fraza dostępu to drugi sposób, żeby je otworzyć, gdyby magazynu haseł nie dało się kiedyś użyć. Zapisz ją w bezpiecznym miejscu.
drafts-spare-saved = Twoja zapasowa fraza dostępu jest ustawiona.
drafts-spare-save = Zapisz frazę dostępu

## Saving, at the top of every screen

save-saving = Zapisywanie…
save-saved = Zapisano
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = Żeby nic nie przepadło, ta wersja robocza pozostaje otwarta, dopóki ostatnie zmiany nie zostaną zapisane.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = Żeby nic nie przepadło, aplikacja jest nadal otwarta. Jeśli mimo to chcesz ją zamknąć bez ostatnich zmian, zamknij ją jeszcze raz.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Zablokuj
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Zamknij wersje robocze
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Ukryj
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Kontynuuj
nav-drafts = Moje wersje robocze

## Locked, and other ways in

locked-title = Twoje wersje robocze są zablokowane
locked-intro = Aplikacja zablokowała Twoje wersje robocze, żeby nikt inny ich nie zobaczył. Nikt nie może ich przeczytać, dopóki nie zostaną odblokowane.
locked-intro-keychain = Twoje wersje robocze zostały zamknięte, a ekran wyczyszczony. Na tym koncie komputera otwierają się bez frazy dostępu, więc każdy, kto może korzystać z tego konta, może je znowu otworzyć przyciskiem poniżej.
locked-unlock = Odblokuj
locked-try-again = Spróbuj ponownie
passphrase-label = Fraza dostępu
passphrase-again-label = Wpisz frazę dostępu jeszcze raz
passphrase-mismatch = Te dwie frazy nie są takie same. Wpisz je jeszcze raz.
passphrase-unlock = Odblokuj moją frazą dostępu
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = Łatwa do odgadnięcia. Dodaj jeszcze kilka słów, których połączenie znasz tylko Ty.
passphrase-strength-fair = Średnia. Jedno lub dwa słowa więcej sprawią, że będzie dużo trudniejsza do odgadnięcia.
passphrase-strength-hard = Trudna do odgadnięcia. Dobrze.
choose-title = Wybierz frazę dostępu
choose-intro = Fraza dostępu jest jak hasło, tylko dłuższa: dobrze sprawdza się krótkie zdanie, które łatwo zapamiętasz. Będzie potrzebna za każdym razem, gdy otwierasz swoje wersje robocze. W następnym kroku dostaniesz kod odzyskiwania. Jeśli zapomnisz frazę dostępu, tylko ten kod otworzy Twoje wersje robocze: nikt inny, nawet Family Voice, nie odzyska ich za Ciebie.
choose-save = Użyj tej frazy dostępu
lost-title = Nie da się otworzyć Twoich wersji roboczych
lost-start-again = Zacznij od nowa
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Gdy zaczniesz od nowa, wersje robocze, których nie da się otworzyć, zostaną odłożone na bok do osobnego folderu, a Ty dostaniesz nową, pustą listę. Nic nie zostanie usunięte.
lost-confirm-yes = Tak, odłóż je na bok i zacznij od nowa
lost-confirm-no = Nie, wróć
failed-title = Nie udało się otworzyć Twoich wersji roboczych

## The recovery code, shown once after a passphrase is chosen

recovery-title = Twój kod odzyskiwania
recovery-intro = Jeśli kiedyś zapomnisz frazę dostępu, ten kod otworzy Twoje wersje robocze zamiast niej. Widać go tylko ten jeden raz.
recovery-keep = Przepisz go na kartkę albo zapisz arkusz odzyskiwania i go wydrukuj. Przechowuj kod w bezpiecznym miejscu, z dala od tego komputera: każdy, kto go ma, może otworzyć Twoje wersje robocze.
recovery-save = Zapisz arkusz odzyskiwania do wydruku
# After "It was saved as:" and the file's name.
recovery-saved-note = Wydrukuj go, schowaj kartkę w bezpiecznym miejscu, a potem usuń plik z tego komputera.
recovery-done = Mam go w bezpiecznym miejscu. Dalej
# On the locked screen: opens the way in with the recovery code.
locked-forgot = Nie pamiętam swojej frazy dostępu
locked-forgot-intro = Wpisz kod z arkusza odzyskiwania, a potem wybierz nową frazę dostępu. Twoje wersje robocze się otworzą, a od tej chwili będzie je otwierać nowa fraza dostępu.
recovery-code-label = Kod odzyskiwania
recovery-new-save = Otwórz moje wersje robocze nową frazą dostępu

## The very first start: how the drafts will open

first-title = Jak mają się otwierać Twoje wersje robocze?
first-intro = Wszystko, co tu napiszesz, jest zablokowane na tym komputerze. Wybierz, jak ma się otwierać. Możesz to później zmienić i niczego nie stracisz.
first-passphrase = Pytaj o moją frazę dostępu za każdym razem
# Under the button above. Says why it is recommended.
first-passphrase-why = Zalecane, bo z tego komputera mogą korzystać inne osoby. Tylko ktoś, kto zna Twoją frazę dostępu, może otworzyć Twoje wersje robocze, nawet na Twoim własnym koncie komputera.
first-keychain = Otwieraj bez pytania na tym koncie komputera
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = Fraza dostępu nie będzie potrzebna. Ale każdy, kto może korzystać z tego konta komputera, może otworzyć Twoje wersje robocze, podobnie jak programy, które na nim działają.

## How the drafts open, on the start screen (can be changed)

way-heading = Jak otwierają się Twoje wersje robocze
way-keychain-now = Twoje wersje robocze otwierają się na tym koncie komputera bez frazy dostępu. Każdy, kto może korzystać z tego konta, może je otworzyć.
way-to-passphrase-intro = Żeby chronić je przed innymi osobami, które korzystają z tego konta, wybierz frazę dostępu. Od tej pory aplikacja będzie o nią pytać za każdym razem.
way-to-passphrase = Pytaj o moją frazę dostępu za każdym razem
way-passphrase-now = Przy każdym otwarciu Twoich wersji roboczych aplikacja pyta o Twoją frazę dostępu.
way-to-keychain-intro = Żeby otwierały się na tym koncie komputera bez frazy dostępu, wpisz jeszcze raz swoją frazę dostępu. Wtedy każdy, kto może korzystać z tego konta, będzie mógł je otworzyć.
way-to-keychain = Otwieraj bez pytania na tym koncie komputera
# After either change above.
way-changed = Gotowe. Wszystkie Twoje wersje robocze nadal tu są.

## While the computer's password store is being asked for the drafts' key

asking-title = Otwieranie Twoich wersji roboczych
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = Komputer prosi o hasło do swojego magazynu haseł… To okienko należy do samego komputera, a nie do Family Voice. Wpisz w nim hasło do komputera, a Twoje wersje robocze się otworzą.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = Możesz też zamiast tego odblokować je frazą dostępu Family Voice:

## Delete everything (at the foot of the start screens)

erase-heading = Usuń wszystko z tego komputera
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = To usuwa wszystko, co Family Voice przechowuje na tym komputerze: każdą wersję roboczą, wszystkie ich kopie, klucz, który je otwiera, sprawdzenia tłumaczeń wykonane przez tłumaczy oraz Twoje ustawienia. Tego nie można cofnąć. Gdy wszystko zostanie usunięte, aplikacja się zamknie. Pliki PDF zapisane przez Ciebie w innym miejscu pozostaną nietknięte.
# Above the box. The word to type follows on its own line.
erase-confirm-label = Dla pewności wpisz w polu to słowo:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = skasuj
erase-button = Usuń wszystko teraz
# Under the box, when what was typed is not the word above.
erase-not-confirmed = Nic nie zostało usunięte. Aby usunąć wszystko, wpisz dokładnie słowo pokazane powyżej.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Twoje wersje robocze i ich klucz zostały usunięte, ale kilku innych plików aplikacji nie udało się jeszcze usunąć. Zamknij Family Voice, otwórz ją ponownie i jeszcze raz wybierz „Usuń wszystko”.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Przeczytaj na głos
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Zatrzymaj
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = Ten komputer nie ma głosu, który umie czytać na głos w tym języku.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = Czytanie na głos nie zadziałało. Spróbuj jeszcze raz.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Przemoc fizyczna
outcome-category-emotional = Przemoc emocjonalna
outcome-category-sexual = Wykorzystywanie seksualne
outcome-category-neglect = Zaniedbanie
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = Ostatnio napisałeś/napisałaś:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = Co się zmieniło od tego czasu? Czy to nadal prawda?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = Przygotuj się do konferencji przeglądowej
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = Po konferencji
# Under the heading.
outcome-intro = Gdy konferencja się skończy, zapisz, co postanowiono. Wtedy oś czasu pokaże daty, które Ci podano.
# A question with three answers below it.
outcome-plan-label = Czy konferencja postanowiła o planie ochrony dziecka?
outcome-plan-yes = Tak, jest plan
outcome-plan-no = Nie ma planu
outcome-plan-unsure = Nie jestem pewien/pewna
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = Jaki rodzaj krzywdy podano? Możesz zaznaczyć więcej niż jeden.
outcome-category-physical-hint = Krzywdzenie ciała dziecka albo niechronienie go przed krzywdą.
outcome-category-emotional-hint = Traktowanie dziecka tak, że rani to jego uczucia, np. dużo krzyku, straszenie albo ignorowanie.
outcome-category-sexual-hint = Zmuszanie dziecka albo pozwalanie mu na udział w sprawach seksualnych.
outcome-category-neglect-hint = Niedawanie dziecku tego, czego potrzebuje codziennie: jedzenia, ciepła, opieki, bezpieczeństwa czy lekarza.
# Labels of two date boxes.
outcome-core-group-label = Data pierwszego spotkania grupy roboczej (core group)
outcome-review-label = Data konferencji przeglądowej
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = Kontakt w urzędzie w sprawie skarg (imię i nazwisko, telefon albo e-mail), jeśli chcesz go tu zapisać
# The button that saves what was decided.
outcome-save = Zapisz, co postanowiono
# Shown after saving.
outcome-saved = Zapisano. Oś czasu pokazuje teraz daty, które Ci podano.
