# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = Co się dzieje i kiedy

# Under the heading on the timeline screen.
timeline-intro = To są zwykłe kroki przed konferencją i po niej oraz terminy, w których powinny nastąpić.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Każdy urząd robi niektóre rzeczy po swojemu, więc Twoje terminy mogą być trochę inne. Jeśli masz wątpliwości, zapytaj pracownika socjalnego. Możesz też zapytać przewodniczącego konferencji.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = Dni robocze to dni od poniedziałku do piątku. Weekendów i świąt (bank holidays) się nie liczy.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Tylko jeśli jest plan ochrony dziecka

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $holiday }: { $date }. To dzień wolny od pracy, więc nie liczy się go jako dnia roboczego.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, godz. { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, tuż przed rozpoczęciem konferencji
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, około godz. { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = Najpóźniej do dnia: { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = Dostajesz raporty
timeline-reports-body = Pracownik socjalny i inne osoby piszą raporty na konferencję. Raporty powinny do Ciebie dotrzeć co najmniej na { $count ->
        [one] jeden dzień roboczy
        [few] { $count } dni robocze
        [many] { $count } dni roboczych
       *[other] { $count } dni roboczych
    } przed konferencją. Dzięki temu masz czas, żeby je przeczytać i poprosić kogoś o pomoc w ich zrozumieniu.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = Spotykasz się z przewodniczącym
timeline-chair-meeting-body = Przewodniczący prowadzi konferencję i nie jest Twoim pracownikiem socjalnym. Zwykle krótko przed jej rozpoczęciem rozmawia z rodzicami na osobności, żeby wyjaśnić, co się będzie działo, i Cię wysłuchać.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = Konferencja
timeline-initial-conference-body = Ty i osoby, które pracują z Twoim dzieckiem, spotykacie się, żeby porozmawiać o tym, czy Twoje dziecko jest bezpieczne i jakiej pomocy potrzebuje Twoja rodzina. Uczestnicy wspólnie decydują, czy Twoje dziecko potrzebuje planu ochrony dziecka. Możesz powiedzieć, co myślisz, i przyjść z kimś, kto Cię wesprze.

# The day of a review conference. $count is not used.
timeline-review-conference-title = Konferencja przeglądowa
timeline-review-conference-body = Ty i osoby, które pracują z Twoim dzieckiem, spotykacie się ponownie, żeby sprawdzić, jak działa plan i czy Twoje dziecko nadal go potrzebuje. Możesz powiedzieć, co się zmieniło i co nadal Cię niepokoi.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = Dowiadujesz się, co postanowiono
timeline-decisions-body = W ciągu { $count ->
        [one] jednego dnia roboczego
        [few] { $count } dni roboczych
        [many] { $count } dni roboczych
       *[other] { $count } dni roboczych
    } po konferencji powinna do Ciebie dotrzeć informacja, co postanowiono, i zarys planu, jeśli powstał.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = Pierwsze spotkanie grupy roboczej
timeline-core-group-body = Jeśli jest plan, spotykasz się z mniejszą grupą osób, które pracują z Twoją rodziną, żeby razem zdecydować, jak wprowadzić plan w życie. Pierwsze spotkanie powinno się odbyć w ciągu { $count ->
        [one] jednego dnia roboczego
        [few] { $count } dni roboczych
        [many] { $count } dni roboczych
       *[other] { $count } dni roboczych
    } od konferencji.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = Dostajesz pisemny zapis
timeline-minutes-body = Notatki z tego, co powiedziano i postanowiono (protokół), powinny do Ciebie dotrzeć w ciągu { $count ->
        [one] jednego dnia roboczego
        [few] { $count } dni roboczych
        [many] { $count } dni roboczych
       *[other] { $count } dni roboczych
    }. Przeczytaj je i powiedz przewodniczącemu, jeśli coś się nie zgadza albo czegoś brakuje.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = Pierwsza konferencja przeglądowa
timeline-first-review-body = Jeśli jest plan, konferencja przeglądowa sprawdza, jak on działa. Pierwsza powinna się odbyć w ciągu { $count ->
        [one] jednego miesiąca
        [few] { $count } miesięcy
        [many] { $count } miesięcy
       *[other] { $count } miesięcy
    } od tej konferencji.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = Następna konferencja przeglądowa
timeline-next-review-body = Jeśli plan trwa dalej, następna konferencja przeglądowa powinna się odbyć w ciągu { $count ->
        [one] jednego miesiąca
        [few] { $count } miesięcy
        [many] { $count } miesięcy
       *[other] { $count } miesięcy
    } od tej.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Potem, dopóki trwa plan
timeline-later-reviews-body = Dopóki Twoje dziecko ma plan, konferencja przeglądowa odbywa się co najmniej raz { $count ->
        [one] w miesiącu
        [few] na { $count } miesiące
        [many] na { $count } miesięcy
       *[other] na { $count } miesięcy
    }. Plan kończy się, gdy konferencja uzna, że Twoje dziecko już go nie potrzebuje.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = Ta data chyba się nie zgadza. Sprawdź dzień, miesiąc i rok konferencji.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = Nowy Rok
holiday-new-years-day-substitute = Nowy Rok (dzień zastępczy)
holiday-good-friday = Wielki Piątek
holiday-easter-monday = Poniedziałek Wielkanocny
holiday-early-may = Dzień wolny na początku maja
holiday-spring = Wiosenny dzień wolny
holiday-summer = Letni dzień wolny
holiday-christmas-day = Boże Narodzenie
holiday-christmas-day-substitute = Boże Narodzenie (dzień zastępczy)
holiday-boxing-day = Drugi dzień świąt Bożego Narodzenia
holiday-boxing-day-substitute = Drugi dzień świąt Bożego Narodzenia (dzień zastępczy)
holiday-royal-wedding = Ślub królewski
holiday-millennium = Obchody nowego tysiąclecia
holiday-golden-jubilee = Złoty jubileusz królowej
holiday-diamond-jubilee = Diamentowy jubileusz królowej
holiday-platinum-jubilee = Platynowy jubileusz królowej
holiday-state-funeral = Państwowy pogrzeb królowej Elżbiety II
holiday-coronation = Koronacja króla Karola III

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = Daty spotkania grupy roboczej (core group) i przeglądu to te, które podano Ci na konferencji.
