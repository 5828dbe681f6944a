# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = Waxa dhacaya iyo goorta

# Under the heading on the timeline screen.
timeline-intro = Kuwani waa tallaabooyinka caadiga ah ee shirka ka hor iyo kadib, iyo taariikhaha ay tahay inay ku dhacaan.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Gole deegaan kastaa waxyaabaha qaarkood si u gaar ah ayuu u sameeyaa, markaa taariikhahaagu wax yar way ka duwanaan karaan. Haddii aadan hubin, weydii shaqaalahaaga bulshada. Waxaad sidoo kale weydiin kartaa Guddoomiyaha shirka.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = Maalmaha shaqadu waa Isniin ilaa Jimco. Sabtida, Axadda iyo fasaxyada guud (bank holidays) lama tiriyo.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Kaliya haddii uu jiro Qorshaha Ilaalinta Ilmaha

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } waa fasax guud ({ $holiday }), markaa looma tirinayo maalin shaqo.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, saacadda { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, wax yar ka hor inta uusan shirku bilaaban
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, qiyaastii saacadda { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = Ugu dambayn { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = Waxaad helaysaa warbixinnada
timeline-reports-body = Shaqaalaha bulshada iyo kuwo kale ayaa warbixinno u qora shirka. Waa inaad heshaa ugu yaraan { $count ->
        [one] hal maalin shaqo
       *[other] { $count } maalmood oo shaqo
    } ka hor shirka, si aad waqti ugu hesho inaad akhriso oo aad qof ka codsato inuu kaa caawiyo fahamkooda.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = Waxaad la kulmaysaa Guddoomiyaha
timeline-chair-meeting-body = Guddoomiyaha ayaa maamula shirka, mana aha shaqaalahaaga bulshada. Inta badan wuxuu waalidiinta keligood la kulmaa waqti gaaban ka hor inta uusan shirku bilaaban, si uu u sharraxo waxa dhici doona oo uu kuu dhageysto.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = Shirka
timeline-initial-conference-body = Adiga iyo dadka la shaqeeya ilmahaaga ayaa kulmaya si aad uga hadashaan sida ilmahaagu ammaan u yahay iyo caawimaadda uu qoyskaagu u baahan yahay. Kulanka ayaa si wadajir ah u go'aaminaya in ilmahaagu u baahan yahay Qorshaha Ilaalinta Ilmaha iyo in kale. Waxaad sheegi kartaa waxa aad u malaynayso, waxaadna keeni kartaa qof ku taageera.

# The day of a review conference. $count is not used.
timeline-review-conference-title = Shirka dib-u-eegista
timeline-review-conference-body = Adiga iyo dadka la shaqeeya ilmahaaga ayaa mar kale kulmaya si aad u eegtaan sida qorshuhu u socdo iyo in ilmahaagu weli u baahan yahay. Waxaad sheegi kartaa waxa isbeddelay iyo waxa weli kaa walwaliya.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = Waxaa laguu sheegayaa waxa la go'aamiyay
timeline-decisions-body = Waa in laguu sheegaa waxa shirku go'aamiyay, oo lagu siiyaa qodobbada guud ee qorshe kasta oo la sameeyay, { $count ->
        [one] hal maalin shaqo
       *[other] { $count } maalmood oo shaqo
    } gudahood shirka kadib.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = Kulanka koowaad ee kooxda asaasiga ah
timeline-core-group-body = Haddii qorshe jiro, waxaad la kulmaysaa koox yar oo ka mid ah dadka la shaqeeya qoyskaaga, si aad wadajir u go'aamisaan sida qorshaha loo fulinayo. Kulanka koowaad waa inuu dhacaa { $count ->
        [one] hal maalin shaqo
       *[other] { $count } maalmood oo shaqo
    } gudahood shirka kadib.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = Waxaad helaysaa qoraalka shirka
timeline-minutes-body = Qoraalka waxa la yiri iyo waxa la go'aamiyay (minutes) waa inuu kuu soo gaaraa { $count ->
        [one] hal maalin shaqo
       *[other] { $count } maalmood oo shaqo
    } gudahood. Akhri, oo u sheeg Guddoomiyaha haddii ay wax khaldan yihiin ama ka maqan yihiin.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = Shirka dib-u-eegista ee koowaad
timeline-first-review-body = Haddii qorshe jiro, shirka dib-u-eegista ayaa eega sida uu u socdo. Kan koowaad waa inuu dhacaa { $count ->
        [one] hal bil
       *[other] { $count } bilood
    } gudahood laga bilaabo shirkan.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = Shirka dib-u-eegista ee xiga
timeline-next-review-body = Haddii qorshuhu sii socdo, shirka dib-u-eegista ee xiga waa inuu dhacaa { $count ->
        [one] hal bil
       *[other] { $count } bilood
    } gudahood laga bilaabo shirkan.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Kadib, inta qorshuhu socdo
timeline-later-reviews-body = Inta ilmahaagu qorshe leeyahay, shirka dib-u-eegista waxaa la qabtaa ugu yaraan { $count ->
        [one] bishiiba mar
       *[other] { $count }-dii biloodba mar
    }. Qorshuhu wuxuu dhammaadaa marka shir go'aamiyo in ilmahaagu aanu mar dambe u baahnayn.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = Taariikhdani uma eka mid sax ah. Fadlan hubi maalinta, bisha iyo sannadka shirka.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = Maalinta Sannadka Cusub
holiday-new-years-day-substitute = Maalinta Sannadka Cusub (maalin beddel ah)
holiday-good-friday = Jimcaha Wanaagsan (Good Friday)
holiday-easter-monday = Isniinta Easter-ka (Easter Monday)
holiday-early-may = Fasaxa guud ee horraanta Maajo
holiday-spring = Fasaxa guud ee gu'ga
holiday-summer = Fasaxa guud ee xagaaga
holiday-christmas-day = Maalinta Kirismaska
holiday-christmas-day-substitute = Maalinta Kirismaska (maalin beddel ah)
holiday-boxing-day = Maalinta ka dambaysa Kirismaska (Boxing Day)
holiday-boxing-day-substitute = Maalinta ka dambaysa Kirismaska (Boxing Day, maalin beddel ah)
holiday-royal-wedding = Arooska boqortooyada
holiday-millennium = Dabaaldegga Kunka Sano (Millennium)
holiday-golden-jubilee = Dabaaldegga 50 sano ee Boqoradda (Golden Jubilee)
holiday-diamond-jubilee = Dabaaldegga 60 sano ee Boqoradda (Diamond Jubilee)
holiday-platinum-jubilee = Dabaaldegga 70 sano ee Boqoradda (Platinum Jubilee)
holiday-state-funeral = Aaska Qaran ee Boqoradda Elizabeth II
holiday-coronation = Caleemasaarka Boqor Charles III

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = Taariikhaha kooxda muhiimka ah (core group) iyo dib-u-eegista halkan waa kuwii laguu sheegay shirka.
