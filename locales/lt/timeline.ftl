# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = Kas ir kada vyksta

# Under the heading on the timeline screen.
timeline-intro = Tai įprasti žingsniai prieš konferenciją ir po jos, ir datos, iki kurių jie turėtų įvykti.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Kiekviena savivaldybė kai ką daro savaip, todėl jūsų datos gali šiek tiek skirtis. Jei abejojate, paklauskite savo socialinio darbuotojo. Taip pat galite paklausti konferencijos pirmininko.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = Darbo dienos – tai dienos nuo pirmadienio iki penktadienio. Savaitgaliai ir šventinės nedarbo dienos (bank holidays) neskaičiuojami.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Tik jei sudarytas vaiko apsaugos planas

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $holiday }: { $date }. Tai šventinė nedarbo diena, todėl ji neskaičiuojama kaip darbo diena.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, prieš pat konferencijos pradžią
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, apie { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = Ne vėliau kaip { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = Gaunate ataskaitas
timeline-reports-body = Socialinis darbuotojas ir kiti žmonės rašo ataskaitas konferencijai. Jas turėtumėte gauti bent { $count ->
        [one] { $count } darbo dieną
        [few] { $count } darbo dienas
       *[other] { $count } darbo dienų
    } prieš konferenciją, kad turėtumėte laiko jas perskaityti ir paprašyti ko nors padėti jas suprasti.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = Susitinkate su pirmininku
timeline-chair-meeting-body = Pirmininkas veda konferenciją ir nėra jūsų socialinis darbuotojas. Paprastai prieš konferencijos pradžią jis trumpai susitinka su tėvais atskirai, kad paaiškintų, kas vyks, ir jus išklausytų.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = Konferencija
timeline-initial-conference-body = Jūs ir žmonės, kurie dirba su jūsų vaiku, susitinkate pasikalbėti, ar jūsų vaikas saugus ir kokios pagalbos reikia jūsų šeimai. Dalyviai kartu nusprendžia, ar jūsų vaikui reikia vaiko apsaugos plano. Galite pasakyti, ką manote, ir atsivesti žmogų, kuris jus palaikytų.

# The day of a review conference. $count is not used.
timeline-review-conference-title = Peržiūros konferencija
timeline-review-conference-body = Jūs ir žmonės, kurie dirba su jūsų vaiku, vėl susitinkate pažiūrėti, kaip sekasi vykdyti planą ir ar jūsų vaikui jo vis dar reikia. Galite pasakyti, kas pasikeitė ir kas jums vis dar kelia nerimą.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = Sužinote, kas nuspręsta
timeline-decisions-body = Per { $count ->
        [one] { $count } darbo dieną
        [few] { $count } darbo dienas
       *[other] { $count } darbo dienų
    } po konferencijos jums turėtų pranešti, ką konferencija nusprendė, ir pateikti plano metmenis, jei planas sudarytas.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = Pirmasis darbo grupės susitikimas
timeline-core-group-body = Jei sudarytas planas, susitinkate su mažesne grupe žmonių, kurie dirba su jūsų šeima, kad kartu nuspręstumėte, kaip planą įgyvendinti. Pirmasis susitikimas turėtų įvykti per { $count ->
        [one] { $count } darbo dieną
        [few] { $count } darbo dienas
       *[other] { $count } darbo dienų
    } po konferencijos.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = Gaunate rašytinius užrašus
timeline-minutes-body = Užrašai apie tai, kas buvo pasakyta ir nuspręsta (protokolas), jus turėtų pasiekti per { $count ->
        [one] { $count } darbo dieną
        [few] { $count } darbo dienas
       *[other] { $count } darbo dienų
    }. Perskaitykite juos ir praneškite pirmininkui, jei kas nors neteisinga ar ko nors trūksta.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = Pirmoji peržiūros konferencija
timeline-first-review-body = Jei sudarytas planas, peržiūros konferencijoje žiūrima, kaip sekasi jį vykdyti. Pirmoji tokia konferencija turėtų įvykti per { $count ->
        [one] { $count } mėnesį
        [few] { $count } mėnesius
       *[other] { $count } mėnesių
    } po šios konferencijos.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = Kita peržiūros konferencija
timeline-next-review-body = Jei planas tęsiamas, kita peržiūros konferencija turėtų įvykti per { $count ->
        [one] { $count } mėnesį
        [few] { $count } mėnesius
       *[other] { $count } mėnesių
    } po šios.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Vėliau, kol planas galioja
timeline-later-reviews-body = Kol jūsų vaikas turi planą, peržiūros konferencija vyksta ne rečiau kaip kas { $count ->
        [one] { $count } mėnesį
        [few] { $count } mėnesius
       *[other] { $count } mėnesių
    }. Planas baigiasi, kai konferencija nusprendžia, kad jūsų vaikui jo nebereikia.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = Ši data neatrodo teisinga. Patikrinkite konferencijos dieną, mėnesį ir metus.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = Naujieji metai
holiday-new-years-day-substitute = Naujieji metai (pakaitinė nedarbo diena)
holiday-good-friday = Didysis penktadienis
holiday-easter-monday = Antroji Velykų diena
holiday-early-may = Gegužės pradžios nedarbo diena
holiday-spring = Pavasario nedarbo diena
holiday-summer = Vasaros nedarbo diena
holiday-christmas-day = Kalėdos
holiday-christmas-day-substitute = Kalėdos (pakaitinė nedarbo diena)
holiday-boxing-day = Antroji Kalėdų diena
holiday-boxing-day-substitute = Antroji Kalėdų diena (pakaitinė nedarbo diena)
holiday-royal-wedding = Karališkosios vestuvės
holiday-millennium = Tūkstantmečio sutikimo šventė
holiday-golden-jubilee = Karalienės auksinis jubiliejus
holiday-diamond-jubilee = Karalienės deimantinis jubiliejus
holiday-platinum-jubilee = Karalienės platininis jubiliejus
holiday-state-funeral = Karalienės Elžbietos II valstybinės laidotuvės
holiday-coronation = Karaliaus Karolio III karūnavimas

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = Pagrindinės grupės ir peržiūros datos čia yra tos, kurias jums pasakė konferencijoje.
