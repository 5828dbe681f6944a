# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = Ce se întâmplă și când

# Under the heading on the timeline screen.
timeline-intro = Aceștia sunt pașii obișnuiți înainte și după conferință și datele până la care ar trebui să aibă loc.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Fiecare consiliu local face unele lucruri în felul lui, așa că datele dumneavoastră pot fi puțin diferite. Dacă aveți nelămuriri, întrebați asistentul social. Puteți întreba și președintele conferinței.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = Zilele lucrătoare sunt de luni până vineri. Weekendurile și zilele libere legale nu se socotesc.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Doar dacă există un plan de protecție a copilului

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } este zi liberă legală ({ $holiday }), așa că nu se socotește ca zi lucrătoare.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, la ora { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, chiar înainte să înceapă conferința
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, în jurul orei { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = Cel târziu { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = Primiți rapoartele
timeline-reports-body = Asistentul social și alte persoane scriu rapoarte pentru conferință. Ar trebui să le primiți cu cel puțin { $count ->
        [one] o zi lucrătoare
        [few] { $count } zile lucrătoare
       *[other] { $count } de zile lucrătoare
    } înainte de conferință, ca să aveți timp să le citiți și să cereți cuiva să vă ajute să le înțelegeți.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = Vă întâlniți cu președintele conferinței
timeline-chair-meeting-body = Președintele conduce conferința și nu este asistentul dumneavoastră social. De obicei vorbește cu părinții între patru ochi, puțin timp înainte de început, ca să explice ce se va întâmpla și să vă asculte.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = Conferința
timeline-initial-conference-body = Dumneavoastră și oamenii care lucrează cu copilul vă întâlniți ca să vorbiți despre cât de în siguranță este copilul și de ce ajutor are nevoie familia. Împreună, ei hotărăsc dacă copilul are nevoie de un plan de protecție a copilului. Puteți spune ce credeți și puteți aduce pe cineva care să vă sprijine.

# The day of a review conference. $count is not used.
timeline-review-conference-title = Conferința de revizuire
timeline-review-conference-body = Dumneavoastră și oamenii care lucrează cu copilul vă întâlniți din nou ca să vedeți cum merge planul și dacă copilul mai are nevoie de el. Puteți spune ce s-a schimbat și ce vă îngrijorează încă.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = Aflați ce s-a hotărât
timeline-decisions-body = Ar trebui să aflați ce a hotărât conferința și să primiți o descriere pe scurt a planului, dacă există unul, în cel mult { $count ->
        [one] o zi lucrătoare
        [few] { $count } zile lucrătoare
       *[other] { $count } de zile lucrătoare
    } după conferință.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = Prima întâlnire a grupului de bază
timeline-core-group-body = Dacă există un plan, vă întâlniți cu un grup mai mic de oameni care lucrează cu familia dumneavoastră, ca să hotărâți împreună cum se pune planul în practică. Prima întâlnire ar trebui să aibă loc în cel mult { $count ->
        [one] o zi lucrătoare
        [few] { $count } zile lucrătoare
       *[other] { $count } de zile lucrătoare
    } de la conferință.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = Primiți notele scrise
timeline-minutes-body = Notele cu ce s-a spus și ce s-a hotărât (procesul-verbal) ar trebui să ajungă la dumneavoastră în cel mult { $count ->
        [one] o zi lucrătoare
        [few] { $count } zile lucrătoare
       *[other] { $count } de zile lucrătoare
    }. Citiți-le și spuneți-i președintelui conferinței dacă ceva este greșit sau lipsește.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = Prima conferință de revizuire
timeline-first-review-body = Dacă există un plan, o conferință de revizuire vede cum merge. Prima ar trebui să aibă loc în cel mult { $count ->
        [one] o lună
        [few] { $count } luni
       *[other] { $count } de luni
    } de la această conferință.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = Următoarea conferință de revizuire
timeline-next-review-body = Dacă planul continuă, următoarea conferință de revizuire ar trebui să aibă loc în cel mult { $count ->
        [one] o lună
        [few] { $count } luni
       *[other] { $count } de luni
    } de la aceasta.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Apoi, cât timp durează planul
timeline-later-reviews-body = Cât timp copilul are un plan, are loc o conferință de revizuire cel puțin { $count ->
        [one] o dată pe lună
        [few] o dată la { $count } luni
       *[other] o dată la { $count } de luni
    }. Planul se încheie când o conferință hotărăște că copilul nu mai are nevoie de el.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = Această dată nu pare corectă. Vă rugăm să verificați ziua, luna și anul conferinței.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = Anul Nou
holiday-new-years-day-substitute = Anul Nou (zi liberă compensatorie)
holiday-good-friday = Vinerea Mare
holiday-easter-monday = A doua zi de Paște
holiday-early-may = Sărbătoarea legală de la începutul lui mai
holiday-spring = Sărbătoarea legală de primăvară
holiday-summer = Sărbătoarea legală de vară
holiday-christmas-day = Crăciunul
holiday-christmas-day-substitute = Crăciunul (zi liberă compensatorie)
holiday-boxing-day = A doua zi de Crăciun
holiday-boxing-day-substitute = A doua zi de Crăciun (zi liberă compensatorie)
holiday-royal-wedding = Nunta regală
holiday-millennium = Sărbătorirea mileniului
holiday-golden-jubilee = Jubileul de Aur al Reginei
holiday-diamond-jubilee = Jubileul de Diamant al Reginei
holiday-platinum-jubilee = Jubileul de Platină al Reginei
holiday-state-funeral = Funeraliile de stat ale Reginei Elisabeta a II-a
holiday-coronation = Încoronarea Regelui Charles al III-lea

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = Datele grupului de bază (core group) și ale revizuirii sunt cele primite la conferință.
