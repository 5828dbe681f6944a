# What the family wrote, put together: on the "Check your answers" screen and in the PDF.
# Readers: the family, then the Chair and the professionals at the conference.

# The PDF's title.
summary-title = બાળ સુરક્ષા કોન્ફરન્સ માટે પરિવારના વિચારો
# Short title at the top right of every PDF page.
summary-header-title = પરિવારના વિચારો
# At the top left of every PDF page.
summary-confidential = ગોપનીય
# At the bottom of every PDF page.
summary-page-of = પાનું { $page } / { $pages }
summary-about-heading = અમારા વિશે
summary-written-by = લખનાર
# $name is the writer's name, $relationship what they are to the children ("mum").
summary-writer-with-relationship = { $name } ({ $relationship })
summary-children = બાળકો
summary-child-aged = { $age ->
        [one] { $name }, ઉંમર { $age } વર્ષ
       *[other] { $name }, ઉંમર { $age } વર્ષ
    }
summary-child-born = { $name }, જન્મ તારીખ: { $date }
summary-conference = કોન્ફરન્સ
summary-date-at-time = { $date }, { $time } વાગ્યે
summary-social-worker = સોશિયલ વર્કર
summary-helped-by = કોણે મદદ કરી
# $role is one of the helper words below, $name the helper's name.
summary-helper-with-name = { $role }: { $name }
# The language the family chose; their answers are usually written in it too.
summary-language = પ્રશ્નો અને જવાબોની ભાષા
# At the foot of the last page of a PDF in a language other than English, until a qualified
# interpreter has checked this language's wording. Also shown beside the language in the chooser.
summary-translation-note = આ પ્રશ્નોનો અનુવાદ Family Voice ટીમે કર્યો છે. લાયકાત ધરાવતા દુભાષિયાએ હજી સુધી તે તપાસ્યો નથી.
summary-interpreter = કોન્ફરન્સમાં દુભાષિયા
summary-interpreter-yes = હા, { $language } માટે
summary-interpreter-no = જરૂર નથી
summary-access-needs = અમને ભાગ લેવામાં શું મદદ કરશે
# The family's number on the 0 to 10 scale.
summary-scale-answer = 10 માંથી { $score }
# In place of an answer the family left blank.
summary-not-answered = જવાબ આપ્યો નથી
summary-closing-heading = સહી કરી
summary-made-on = તૈયાર કર્યાની તારીખ
summary-signature = સહી
summary-signed-date = તારીખ

conference-kind-initial = પહેલી કોન્ફરન્સ
conference-kind-review = સમીક્ષા કોન્ફરન્સ
meeting-format-in-person = બધા એક રૂમમાં સાથે
meeting-format-video = વીડિયો કૉલ પર
meeting-format-mixed = કેટલાક રૂમમાં, કેટલાક વીડિયો કૉલ પર
meeting-format-phone = ફોન પર
helper-nobody = કોઈએ નહીં, મેં જાતે લખ્યું
helper-supporter = કોઈ મિત્ર અથવા પરિવારના સભ્ય
helper-advocate = હિમાયતી
helper-social-worker = સોશિયલ વર્કર
helper-interpreter = દુભાષિયા
# Heading of the short timeline on the first page of the PDF and on the "Check your answers" screen.
summary-next-heading = હવે પછી શું થશે

## The recovery sheet: one page the family prints, with the code that opens their drafts if
## the passphrase is forgotten. It names nobody.

recovery-pdf-title = Family Voice: રિકવરી કોડ
recovery-pdf-what = જો તમે તમારો Family Voice પાસફ્રેઝ ભૂલી જાઓ, તો તેના બદલે આ કોડ તમારા ડ્રાફ્ટ ખોલે છે.
recovery-pdf-how = લૉક થયેલી સ્ક્રીન પર "મને મારો પાસફ્રેઝ યાદ નથી" પસંદ કરો. આ કોડ લખો, પછી નવો પાસફ્રેઝ પસંદ કરો.
recovery-pdf-keep = આ પાનું કમ્પ્યુટરથી દૂર કોઈ સુરક્ષિત જગ્યાએ રાખો. જેની પાસે આ કોડ હોય અને જે કમ્પ્યુટર વાપરી શકે, તે કોઈ પણ વ્યક્તિ તમારા ડ્રાફ્ટ ખોલી શકે છે.
# $date: the day the sheet was made, e.g. "Sunday 6 December 2026".
recovery-pdf-made = તૈયાર કર્યાની તારીખ: { $date }.

## My notes for the day: one page the family prints to hold at the conference, in large type.
## The six headings are printed in this order; the first three are the Chair's own.

# Title of the notes page, on the notes screen and the printed page.
notes-title = મીટિંગના દિવસ માટે મારી નોંધ
notes-working-well = શું સારું ચાલી રહ્યું છે
notes-worries = મને શેની ચિંતા છે
notes-change = શું બદલવાની જરૂર છે
notes-reports = રિપોર્ટ વિશે હું શું કહેવા માગું છું
notes-questions = અધ્યક્ષ માટે મારા પ્રશ્નો
notes-coming = મારી સાથે કોણ આવે છે
# Shown on the notes screen when the notes would not fit on one printed page.
error-notes-too-long = તમારી નોંધ એક પાના કરતાં લાંબી છે. તેમાંથી થોડી ટૂંકી કરો, પછી ફરી પ્રિન્ટ કરો. તમે જે લખ્યું છે તેમાંથી કંઈ ખોવાયું નથી.
# Under the title of the notes screen.
notes-intro = આ નોંધ મીટિંગમાં તમારા હાથમાં રાખવા માટે છે. તે તમારા જવાબોથી શરૂ થાય છે. તમને ગમે તેમ બદલો: દરેક લીટીમાં એક ટૂંકી વાત વાંચવામાં સૌથી સરળ છે.
# Button on the notes screen that saves the page as a PDF.
notes-print = મારી નોંધ પ્રિન્ટ કરો
