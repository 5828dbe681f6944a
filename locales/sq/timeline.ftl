# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = Çfarë ndodh dhe kur

# Under the heading on the timeline screen.
timeline-intro = Këta janë hapat e zakonshëm para dhe pas konferencës, dhe datat deri kur duhet të ndodhin.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Çdo bashki i bën disa gjëra në mënyrën e vet, prandaj datat tuaja mund të jenë pak të ndryshme. Nëse keni dyshime, pyesni punonjësin tuaj social. Mund të pyesni edhe kryesuesin e konferencës.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = Ditët e punës janë nga e hëna deri të premten. Fundjavat dhe festat zyrtare nuk llogariten.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Vetëm nëse ka një plan për mbrojtjen e fëmijës

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } është festë zyrtare ({ $holiday }), prandaj nuk llogaritet si ditë pune.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, në orën { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, pak para se të fillojë konferenca
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, rreth orës { $time }
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = Jo më vonë se { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = Merrni raportet
timeline-reports-body = Punonjësi social dhe të tjerë shkruajnë raporte për konferencën. Duhet t'i merrni të paktën { $count ->
        [one] një ditë pune
       *[other] { $count } ditë pune
    } para konferencës, që të keni kohë t'i lexoni dhe t'i kërkoni dikujt t'ju ndihmojë t'i kuptoni.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = Takoni kryesuesin e konferencës
timeline-chair-meeting-body = Kryesuesi drejton konferencën dhe nuk është punonjësi juaj social. Zakonisht takohet me prindërit vetëm për vetëm, për pak kohë para se të fillojë, për t'ju shpjeguar çfarë do të ndodhë dhe për t'ju dëgjuar.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = Konferenca
timeline-initial-conference-body = Ju dhe njerëzit që punojnë me fëmijën tuaj takoheni për të folur se sa i sigurt është fëmija dhe çfarë ndihme i duhet familjes suaj. Së bashku vendosin nëse fëmija juaj ka nevojë për një plan për mbrojtjen e fëmijës. Mund të thoni çfarë mendoni dhe të sillni dikë që t'ju mbështesë.

# The day of a review conference. $count is not used.
timeline-review-conference-title = Konferenca e rishikimit
timeline-review-conference-body = Ju dhe njerëzit që punojnë me fëmijën tuaj takoheni përsëri për të parë si po shkon plani dhe nëse fëmija juaj ka ende nevojë për të. Mund të thoni çfarë ka ndryshuar dhe çfarë ju shqetëson ende.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = Ju thuhet çfarë u vendos
timeline-decisions-body = Duhet t'ju thuhet çfarë vendosi konferenca, dhe t'ju jepet një përmbledhje e planit, nëse ka plan, brenda { $count ->
        [one] një dite pune
       *[other] { $count } ditëve pune
    } pas konferencës.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = Takimi i parë i grupit bazë
timeline-core-group-body = Nëse ka një plan, takoheni me një grup më të vogël të njerëzve që punojnë me familjen tuaj, për të vendosur së bashku si do të vihet plani në jetë. Takimi i parë duhet të bëhet brenda { $count ->
        [one] një dite pune
       *[other] { $count } ditëve pune
    } pas konferencës.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = Merrni shënimet me shkrim
timeline-minutes-body = Shënimet për atë që u tha dhe u vendos (procesverbali) duhet t'ju vijnë brenda { $count ->
        [one] një dite pune
       *[other] { $count } ditëve pune
    }. Lexojini dhe tregojini kryesuesit të konferencës nëse diçka është e gabuar ose mungon.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = Konferenca e parë e rishikimit
timeline-first-review-body = Nëse ka një plan, një konferencë rishikimi shikon si po shkon plani. E para duhet të bëhet brenda { $count ->
        [one] një muaji
       *[other] { $count } muajve
    } nga kjo konferencë.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = Konferenca tjetër e rishikimit
timeline-next-review-body = Nëse plani vazhdon, konferenca tjetër e rishikimit duhet të bëhet brenda { $count ->
        [one] një muaji
       *[other] { $count } muajve
    } nga kjo konferencë.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Pastaj, për sa kohë zgjat plani
timeline-later-reviews-body = Për sa kohë që fëmija juaj ka një plan, mbahet një konferencë rishikimi të paktën { $count ->
        [one] një herë në muaj
       *[other] një herë në { $count } muaj
    }. Plani mbaron kur një konferencë vendos se fëmija juaj nuk ka më nevojë për të.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = Kjo datë nuk duket e saktë. Ju lutemi kontrolloni ditën, muajin dhe vitin e konferencës.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = Viti i Ri
holiday-new-years-day-substitute = Viti i Ri (ditë pushimi zëvendësuese)
holiday-good-friday = E Premtja e Madhe
holiday-easter-monday = E Hëna e Pashkëve
holiday-early-may = Festa zyrtare e fillimit të majit
holiday-spring = Festa zyrtare e pranverës
holiday-summer = Festa zyrtare e verës
holiday-christmas-day = Dita e Krishtlindjes
holiday-christmas-day-substitute = Dita e Krishtlindjes (ditë pushimi zëvendësuese)
holiday-boxing-day = Dita pas Krishtlindjes
holiday-boxing-day-substitute = Dita pas Krishtlindjes (ditë pushimi zëvendësuese)
holiday-royal-wedding = Dasma mbretërore
holiday-millennium = Festimet e mijëvjeçarit
holiday-golden-jubilee = Jubileu i Artë i Mbretëreshës
holiday-diamond-jubilee = Jubileu i Diamantë i Mbretëreshës
holiday-platinum-jubilee = Jubileu i Platinit i Mbretëreshës
holiday-state-funeral = Funerali shtetëror i Mbretëreshës Elizabeta II
holiday-coronation = Kurorëzimi i Mbretit Charles III

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = Datat e grupit bazë (core group) dhe të rishikimit këtu janë ato që ju dhanë në konferencë.
