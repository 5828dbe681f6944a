# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = ક્યારે શું થાય છે

# Under the heading on the timeline screen.
timeline-intro = કોન્ફરન્સ પહેલાં અને પછી સામાન્ય રીતે આ પગલાં થાય છે. દરેક પગલું કઈ તારીખ સુધીમાં થવું જોઈએ, તે પણ અહીં લખેલું છે.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = દરેક કાઉન્સિલ અમુક કામ પોતાની રીતે કરે છે, તેથી તમારી તારીખો થોડી જુદી હોઈ શકે છે. જો તમને ખાતરી ન હોય, તો તમારા સોશિયલ વર્કરને પૂછો. તમે કોન્ફરન્સના અધ્યક્ષને પણ પૂછી શકો છો.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = કામકાજના દિવસો એટલે સોમવારથી શુક્રવાર. શનિવાર-રવિવાર અને બૅન્ક હોલિડે (જાહેર રજા) ગણાતા નથી.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = ફક્ત જો બાળ સુરક્ષા યોજના બને તો

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } એ બૅન્ક હોલિડે ({ $holiday }) છે, તેથી તેને કામકાજનો દિવસ ગણ્યો નથી.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, { $time } વાગ્યે
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, કોન્ફરન્સ શરૂ થાય તેની થોડી વાર પહેલાં
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, લગભગ { $time } વાગ્યે
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = વધુમાં વધુ { $date } સુધીમાં

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = તમને રિપોર્ટ મળે છે
timeline-reports-body = સોશિયલ વર્કર અને બીજા લોકો કોન્ફરન્સ માટે રિપોર્ટ લખે છે. કોન્ફરન્સના ઓછામાં ઓછા { $count ->
        [one] એક કામકાજના દિવસ
       *[other] { $count } કામકાજના દિવસ
    } પહેલાં તે તમને મળી જવા જોઈએ, જેથી તમને તે વાંચવાનો સમય મળે, અને તે સમજવા માટે તમે કોઈની મદદ માગી શકો.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = તમે અધ્યક્ષને મળો છો
timeline-chair-meeting-body = અધ્યક્ષ કોન્ફરન્સ ચલાવે છે. તેઓ તમારા સોશિયલ વર્કર નથી. કોન્ફરન્સ શરૂ થાય તે પહેલાં તેઓ સામાન્ય રીતે માતા-પિતાને થોડી વાર એકલામાં મળે છે, જેથી શું થશે તે સમજાવી શકે અને તમારી વાત સાંભળી શકે.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = કોન્ફરન્સ
timeline-initial-conference-body = તમે અને તમારા બાળક સાથે કામ કરતા લોકો મળીને વાત કરો છો કે તમારું બાળક કેટલું સુરક્ષિત છે, અને તમારા પરિવારને કઈ મદદની જરૂર છે. તમારા બાળકને બાળ સુરક્ષા યોજનાની જરૂર છે કે નહીં, તે તેઓ સાથે મળીને નક્કી કરે છે. તમે તમારા વિચારો જણાવી શકો છો, અને સાથ માટે કોઈને સાથે લાવી શકો છો.

# The day of a review conference. $count is not used.
timeline-review-conference-title = સમીક્ષા કોન્ફરન્સ
timeline-review-conference-body = તમે અને તમારા બાળક સાથે કામ કરતા લોકો ફરી મળો છો, એ જોવા માટે કે યોજના કેવી ચાલી રહી છે, અને તમારા બાળકને હજી તેની જરૂર છે કે નહીં. શું બદલાયું છે, અને હજી તમને શેની ચિંતા છે, તે તમે જણાવી શકો છો.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = શું નક્કી થયું તે તમને જણાવવામાં આવે છે
timeline-decisions-body = કોન્ફરન્સ પછી { $count ->
        [one] એક કામકાજના દિવસની
       *[other] { $count } કામકાજના દિવસોની
    } અંદર તમને જણાવવું જોઈએ કે કોન્ફરન્સે શું નક્કી કર્યું, અને કોઈ યોજના બને તો તેની રૂપરેખા પણ આપવી જોઈએ.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = કોર ગ્રુપની પહેલી મીટિંગ
timeline-core-group-body = જો યોજના બને, તો તમે તમારા પરિવાર સાથે કામ કરતા લોકોના એક નાના જૂથ (કોર ગ્રુપ) ને મળો છો, જેથી યોજનાનો અમલ કેવી રીતે કરવો તે સાથે મળીને નક્કી કરી શકાય. પહેલી મીટિંગ કોન્ફરન્સ પછી { $count ->
        [one] એક કામકાજના દિવસની
       *[other] { $count } કામકાજના દિવસોની
    } અંદર થવી જોઈએ.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = તમને લેખિત નોંધ મળે છે
timeline-minutes-body = મીટિંગમાં શું કહેવાયું અને શું નક્કી થયું તેની લેખિત નોંધ (minutes) તમને { $count ->
        [one] એક કામકાજના દિવસની
       *[other] { $count } કામકાજના દિવસોની
    } અંદર મળી જવી જોઈએ. તે વાંચો, અને કંઈ ખોટું હોય કે ખૂટતું હોય તો અધ્યક્ષને જણાવો.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = પહેલી સમીક્ષા કોન્ફરન્સ
timeline-first-review-body = જો યોજના બને, તો સમીક્ષા કોન્ફરન્સ જુએ છે કે યોજના કેવી ચાલી રહી છે. પહેલી સમીક્ષા કોન્ફરન્સ આ કોન્ફરન્સ પછી { $count ->
        [one] એક મહિનાની
       *[other] { $count } મહિનાની
    } અંદર થવી જોઈએ.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = પછીની સમીક્ષા કોન્ફરન્સ
timeline-next-review-body = જો યોજના ચાલુ રહે, તો પછીની સમીક્ષા કોન્ફરન્સ આ કોન્ફરન્સ પછી { $count ->
        [one] એક મહિનાની
       *[other] { $count } મહિનાની
    } અંદર થવી જોઈએ.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = પછી, યોજના ચાલે ત્યાં સુધી
timeline-later-reviews-body = જ્યાં સુધી તમારા બાળક માટે યોજના ચાલુ છે, ત્યાં સુધી ઓછામાં ઓછું { $count ->
        [one] દર મહિને
       *[other] દર { $count } મહિને
    } એક સમીક્ષા કોન્ફરન્સ થાય છે. જ્યારે કોઈ કોન્ફરન્સ નક્કી કરે કે તમારા બાળકને હવે યોજનાની જરૂર નથી, ત્યારે યોજના પૂરી થાય છે.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = આ તારીખ બરાબર લાગતી નથી. કૃપા કરીને કોન્ફરન્સનો દિવસ, મહિનો અને વર્ષ ફરી જોઈ લો.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = નવા વર્ષનો દિવસ
holiday-new-years-day-substitute = નવા વર્ષના દિવસના બદલામાં મળતી રજા
holiday-good-friday = ગુડ ફ્રાઇડે
holiday-easter-monday = ઇસ્ટર મન્ડે
holiday-early-may = મે મહિનાની શરૂઆતની બૅન્ક હોલિડે
holiday-spring = વસંતની બૅન્ક હોલિડે
holiday-summer = ઉનાળાની બૅન્ક હોલિડે
holiday-christmas-day = ક્રિસમસનો દિવસ
holiday-christmas-day-substitute = ક્રિસમસના દિવસના બદલામાં મળતી રજા
holiday-boxing-day = બૉક્સિંગ ડે
holiday-boxing-day-substitute = બૉક્સિંગ ડેના બદલામાં મળતી રજા
holiday-royal-wedding = શાહી લગ્ન
holiday-millennium = મિલેનિયમની ઉજવણી
holiday-golden-jubilee = મહારાણીની ગોલ્ડન જ્યુબિલી
holiday-diamond-jubilee = મહારાણીની ડાયમંડ જ્યુબિલી
holiday-platinum-jubilee = મહારાણીની પ્લેટિનમ જ્યુબિલી
holiday-state-funeral = મહારાણી એલિઝાબેથ દ્વિતીયની રાજકીય અંતિમવિધિ
holiday-coronation = રાજા ચાર્લ્સ તૃતીયનો રાજ્યાભિષેક

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = અહીં કોર ગ્રુપ અને સમીક્ષાની તારીખો એ જ છે જે તમને કોન્ફરન્સમાં આપવામાં આવી હતી.
