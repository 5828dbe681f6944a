# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = બાળ સુરક્ષા કોન્ફરન્સ માટે તૈયારી કરો
# Button that goes to the screen before. On every screen but the first.
nav-back = પાછળ
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = આગળ
# Title of the box at the top of a page when some answers need another look.
error-summary-title = કૃપા કરીને આ જવાબો ફરી જોઈ લો
# Reminder under the progress line on every part.
part-blank-ok = તમે કોઈ પણ પ્રશ્ન ખાલી છોડી શકો છો, અને પછીથી તેના પર પાછા આવી શકો છો.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = ભાષા

welcome-title = તમારી બાળ સુરક્ષા કોન્ફરન્સ માટે તૈયારી
welcome-lead = મીટિંગમાં તમારે શું કહેવું છે તે વિચારવામાં આ એપ તમને મદદ કરે છે. તે એક પાનું પણ બનાવી આપે છે, જે તમે છાપીને સાથે લઈ જઈ શકો.
welcome-what-heading = બાળ સુરક્ષા કોન્ફરન્સ એટલે શું?
welcome-what-1 = આ તમારા બાળક વિશેની એક મીટિંગ છે. તમે અને તમારા પરિવાર સાથે કામ કરતા લોકો, જેમ કે સોશિયલ વર્કર, શિક્ષકો, હેલ્થ વિઝિટર કે ડૉક્ટર, મળીને વાત કરો છો કે તમારું બાળક સુરક્ષિત અને સારું કેવી રીતે રહે.
welcome-what-2 = મીટિંગમાં નક્કી થાય છે કે તમારા બાળકને બાળ સુરક્ષા યોજનાની જરૂર છે કે નહીં. આ એક લેખિત યોજના છે: તમારું બાળક સુરક્ષિત રહે તે માટે શું થવું જોઈએ, અને કોણ મદદ કરશે.
welcome-what-3 = તમારું બાળક ક્યાં રહેશે તે કોન્ફરન્સ નક્કી કરતી નથી. તે કોર્ટ નથી.
welcome-voice-heading = તમારા વિચારો મહત્વના છે
welcome-voice-1 = તમને મીટિંગમાં તમારા વિચારો જણાવવા માટે બોલાવવામાં આવ્યા છે. તમારા બાળકને તમે બીજા કોઈ કરતાં વધુ સારી રીતે ઓળખો છો.
welcome-voice-2 = સાથ માટે તમે કોઈને સાથે લાવી શકો છો, જેમ કે કોઈ મિત્ર, સગાં-સંબંધી કે હિમાયતી.
welcome-how-heading = આ એપ કેવી રીતે કામ કરે છે
welcome-how-1 = પહેલાં તમે અમને તમારા વિશે અને કોન્ફરન્સ વિશે થોડું જણાવો. પછી છ નાના ભાગ આવે છે, દરેકમાં થોડા પ્રશ્નો.
welcome-how-2 = છેલ્લે તમે બધું ફરી વાંચી શકો છો, અને છાપવા માટે PDF બનાવી શકો છો.
welcome-how-3 = બધું આ કમ્પ્યુટર પર જ રહે છે. ઇન્ટરનેટ પર કંઈ મોકલવામાં આવતું નથી.
welcome-how-4 = તમે લખો તેમ તમારા જવાબો આપોઆપ સચવાય છે. તે આ કમ્પ્યુટર પર લૉક રહે છે, જેથી ફક્ત તમે જ તેને ખોલી શકો.
# The button that starts a new contribution, under the box for its name.
welcome-start = શરૂ કરો
# Under the few words explained on the welcome screen.
welcome-more-words = વધુ શબ્દો, અને મીટિંગ વિશે માર્ગદર્શન

## About you and the conference (the practical page)

about-title = તમારા વિશે અને કોન્ફરન્સ વિશે
about-intro = આનાથી મીટિંગમાં આવેલા લોકોને ખબર પડે છે કે આ કોણે લખ્યું છે. તમે જે ભરી શકો તે ભરો. દરેક પ્રશ્ન ખાલી છોડી શકાય છે.
about-you-heading = તમારા વિશે
about-name-label = તમારું નામ
about-relationship-label = બાળક કે બાળકો સાથે તમારો શું સંબંધ છે?
about-relationship-hint = ઉદાહરણ તરીકે: મમ્મી, પપ્પા, દાદા-દાદી કે નાના-નાની, સાવકી મા કે સાવકા પિતા, અથવા ફોસ્ટર કેરર (પાલક માતા-પિતા).
about-children-heading = બાળકો
about-children-hint = દરેક બાળકનું પહેલું નામ લખો. તેની ઉંમર અથવા જન્મ તારીખ ઉમેરો, જે સહેલું લાગે તે.
about-child-name-label = પહેલું નામ
about-child-age-label = ઉંમર
about-child-birth-label = જન્મ તારીખ
about-child-add = બીજું બાળક ઉમેરો
about-child-remove = આ બાળકને યાદીમાંથી દૂર કરો
about-conference-heading = કોન્ફરન્સ
about-date-label = તારીખ
about-time-label = શરૂ થવાનો સમય
about-kind-label = કઈ કોન્ફરન્સ છે?
about-kind-initial = પહેલી કોન્ફરન્સ (અંગ્રેજીમાં initial conference કહેવાય છે)
about-kind-review = સમીક્ષા કોન્ફરન્સ (review conference), જે યોજના બન્યા પછી થાય છે
about-unsure = મને ખાતરી નથી
about-format-label = તે કેવી રીતે થશે?
about-format-in-person = બધા એક રૂમમાં સાથે
about-format-video = વીડિયો કૉલ પર
about-format-mixed = કેટલાક રૂમમાં, કેટલાક વીડિયો કૉલ પર
about-format-phone = ફોન પર
about-social-worker-label = તમારા સોશિયલ વર્કરનું નામ
about-helper-heading = આ ફોર્મ ભરવામાં મદદ
about-helper-label = શું કોઈએ તમને આ ફોર્મ ભરવામાં મદદ કરી?
about-helper-nobody = ના, મેં જાતે ભર્યું
about-helper-supporter = કોઈ મિત્ર અથવા પરિવારના સભ્ય
about-helper-advocate = હિમાયતી
about-helper-social-worker = સોશિયલ વર્કર
about-helper-interpreter = દુભાષિયા
about-helper-name-label = તેમનું નામ
about-interpreter-label = શું તમને કોન્ફરન્સમાં દુભાષિયાની જરૂર છે?
about-interpreter-no = ના
about-interpreter-yes = હા
about-interpreter-language-label = કઈ ભાષા?
about-access-label = મીટિંગમાં ભાગ લેવામાં તમને મદદરૂપ થાય એવું કંઈ છે?
about-access-hint = ઉદાહરણ તરીકે: પગથિયાં વગરનો રસ્તો, મોટા અક્ષરોમાં છાપેલા કાગળ, હિયરિંગ લૂપ (સાંભળવાના મશીન માટે), વચ્ચે વિરામ, અથવા રાહ જોવા માટે શાંત રૂમ.

## Check your answers

check-title = તમારા જવાબો તપાસો
check-intro = તમે જે લખ્યું છે તે વાંચી જુઓ. PDF બનાવતા પહેલાં તમે કંઈ પણ બદલી શકો છો.
# Button beside each part that goes back to it.
check-change = બદલો
check-not-answered = જવાબ આપ્યો નથી
check-make-pdf = મારી PDF બનાવો
check-pdf-note = તેને ક્યાં સાચવવી તે તમે પસંદ કરશો. પછી તમે તેને છાપી શકો છો, અથવા અધ્યક્ષને કે તમારા સોશિયલ વર્કરને આપી શકો છો.
status-making-pdf = તમારી PDF બની રહી છે…
status-cancelled = તમે PDF ક્યાં સાચવવી તે પસંદ કર્યું નહીં, તેથી તે સચવાઈ નથી. તમે ફરી પ્રયાસ કરી શકો છો.

## Your PDF is ready

done-title = તમારી PDF તૈયાર છે
done-saved = તે આ નામે સચવાઈ છે:
done-open = મારી PDF ખોલો
done-back = મારા જવાબો પર પાછા જાઓ
done-bring = તેને છાપીને કોન્ફરન્સમાં સાથે લાવો, અથવા મીટિંગ પહેલાં અધ્યક્ષને કે તમારા સોશિયલ વર્કરને મોકલો. તમે હજી પણ તમારા જવાબો બદલીને નવી PDF બનાવી શકો છો.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = મીટિંગના દિવસ માટે મારી નોંધ બનાવો

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = કંઈક ખોટું થયું. તમે જે લખ્યું છે તે હજી અહીં જ છે. કૃપા કરીને ફરી પ્રયાસ કરો.

## Buttons at the top of every screen

nav-timeline = ક્યારે શું થાય છે
nav-guide = માર્ગદર્શન અને શબ્દો
# Above the links to the glossary on a part's screen.
part-words = આ પાના પરના શબ્દો

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = "તમારા વિશે" પાના પર તમારી કોન્ફરન્સની તારીખ ઉમેરો, પછી તમારી તારીખો અહીં દેખાશે.
timeline-add-date = તારીખ ઉમેરો
timeline-reports-days-label = કોન્ફરન્સના કેટલા કામકાજના દિવસો પહેલાં રિપોર્ટ તમને મળી જવા જોઈએ?
timeline-reports-days-hint = મોટા ભાગની કાઉન્સિલો પહેલી કોન્ફરન્સ માટે 2 અને સમીક્ષા કોન્ફરન્સ માટે 5 કહે છે. દરેક કાઉન્સિલના નિયમ જુદા હોય છે, તેથી તમારા સોશિયલ વર્કરને પૂછી લો.
timeline-chair-minutes-label = કોન્ફરન્સના કેટલા મિનિટ પહેલાં અધ્યક્ષ તમને મળે છે?
timeline-chair-minutes-hint = ઘણી કાઉન્સિલો 30 મિનિટ કહે છે, કેટલીક 15 મિનિટ કે એક કલાક. તમારા આમંત્રણમાં લખેલું હોઈ શકે; નહીં તો તમારા સોશિયલ વર્કરને પૂછો.
timeline-calendar-heading = તારીખો તમારા કૅલેન્ડરમાં ઉમેરો
timeline-calendar-intro = આનાથી એક ફાઇલ સચવાય છે, જે તમારો ફોન, Outlook કે બીજું કોઈ કૅલેન્ડર ખોલી શકે છે. તેમાં ફક્ત એટલું જ લખેલું હોય છે કે શું થાય છે, તે કોના વિશે છે તે નહીં.
timeline-calendar-names = કૅલેન્ડરમાં મારાં બાળકોનાં પહેલાં નામ પણ ઉમેરો
timeline-calendar-save = કૅલેન્ડર ફાઇલ સાચવો
timeline-calendar-saved = કૅલેન્ડર ફાઇલ આ નામે સચવાઈ છે:
status-calendar-cancelled = તમે કૅલેન્ડર ફાઇલ ક્યાં સાચવવી તે પસંદ કર્યું નહીં, તેથી તે સચવાઈ નથી.

## Your drafts (the start screen)

drafts-heading = તમારા ડ્રાફ્ટ
drafts-intro = દરેક વ્યક્તિના જવાબો અલગ ડ્રાફ્ટમાં રાખવામાં આવે છે. કોઈ એક ડ્રાફ્ટ આગળ લખો, અથવા નવો શરૂ કરો.
drafts-none = આ કમ્પ્યુટર પર હજી કોઈ ડ્રાફ્ટ નથી.
drafts-open = આગળ લખો
drafts-rename = નામ બદલો
drafts-rename-label = નવું નામ
drafts-rename-save = નામ સાચવો
drafts-cancel = રદ કરો
drafts-delete = કાઢી નાખો
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = આ ડ્રાફ્ટ કાઢી નાખવો છે? તેમાં લખેલું બધું, અને એપે રાખેલી દરેક નકલ, હંમેશ માટે જતી રહેશે.
drafts-delete-yes = હા, કાઢી નાખો
drafts-delete-no = ના, રહેવા દો
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = જે ફાઇલો ખોલી ન શકાઈ
drafts-new-heading = નવા વિચારો લખવાનું શરૂ કરો
drafts-new-label = આપણે તેને શું નામ આપીએ?
drafts-new-hint = ઉદાહરણ તરીકે: "મમ્મી — પહેલી કોન્ફરન્સ, 3 ડિસેમ્બર". તમે તેને ખાલી છોડી શકો છો, અને પછીથી બદલી શકો છો.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = વધારાનો પાસફ્રેઝ ઉમેરો
drafts-spare-intro = તમારા ડ્રાફ્ટ આ કમ્પ્યુટરના પાસવર્ડ ભંડારથી ખૂલે છે. વધારાનો પાસફ્રેઝ તેમને ખોલવાની બીજી રીત છે, જો ક્યારેય પાસવર્ડ ભંડાર વાપરી ન શકાય તો. તેને કોઈ સુરક્ષિત જગ્યાએ લખી રાખો.
drafts-spare-saved = તમારો વધારાનો પાસફ્રેઝ તૈયાર છે.
drafts-spare-save = પાસફ્રેઝ સાચવો

## Saving, at the top of every screen

save-saving = સાચવી રહ્યા છીએ…
save-saved = સચવાઈ ગયું
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = કંઈ પણ ગુમ ન થાય તે માટે, તમારા છેલ્લા ફેરફારો સચવાય નહીં ત્યાં સુધી આ ડ્રાફ્ટ ખુલ્લો રહેશે.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = કંઈ પણ ગુમ ન થાય તે માટે, એપ હજી ખુલ્લી છે. જો તમે તેમ છતાં છેલ્લા ફેરફારો વગર તેને બંધ કરવા માંગતા હો, તો ફરી એક વાર બંધ કરો.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = લૉક કરો
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = ડ્રાફ્ટ બંધ કરો
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = છુપાવો
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = આગળ વધો
nav-drafts = મારા ડ્રાફ્ટ

## Locked, and other ways in

locked-title = તમારા ડ્રાફ્ટ લૉક છે
locked-intro = તમારા ડ્રાફ્ટ ખાનગી રહે તે માટે એપે તેમને લૉક કર્યા છે. લૉક ખૂલે નહીં ત્યાં સુધી કોઈ તેમને વાંચી શકતું નથી.
locked-intro-keychain = તમારા ડ્રાફ્ટ બંધ કરવામાં આવ્યા છે અને સ્ક્રીન સાફ કરવામાં આવી છે. આ કમ્પ્યુટર એકાઉન્ટ પર તે પાસફ્રેઝ વગર ખૂલે છે, તેથી આ એકાઉન્ટ વાપરી શકે તે કોઈ પણ વ્યક્તિ નીચેના બટનથી તેમને ફરી ખોલી શકે છે.
locked-unlock = લૉક ખોલો
locked-try-again = ફરી પ્રયાસ કરો
passphrase-label = પાસફ્રેઝ
passphrase-again-label = પાસફ્રેઝ ફરી લખો
passphrase-mismatch = બંને પાસફ્રેઝ એકસરખા નથી. કૃપા કરીને તે ફરી લખો.
passphrase-unlock = મારા પાસફ્રેઝથી લૉક ખોલો
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = ધારી લેવો સહેલો છે. થોડા વધુ શબ્દો ઉમેરો, જેને ફક્ત તમે જ એકસાથે જોડો.
passphrase-strength-fair = ઠીકઠાક. એક કે બે વધુ શબ્દો હોય તો તેને ધારી લેવો ઘણો વધારે અઘરો બનશે.
passphrase-strength-hard = ધારી લેવો અઘરો છે. સરસ.
choose-title = પાસફ્રેઝ પસંદ કરો
choose-intro = પાસફ્રેઝ પાસવર્ડ જેવો જ છે, પણ વધારે લાંબો: તમને યાદ રહે એવું એક નાનું વાક્ય સારું રહે છે. દર વખતે ડ્રાફ્ટ ખોલતી વખતે તમને તેની જરૂર પડશે. હવે પછી તમને એક રિકવરી કોડ મળશે. જો તમે પાસફ્રેઝ ભૂલી જાઓ, તો ફક્ત એ કોડ જ તમારા ડ્રાફ્ટ ખોલી શકશે: બીજું કોઈ, Family Voice પણ નહીં, તેમને તમારા માટે પાછા મેળવી શકશે નહીં.
choose-save = આ પાસફ્રેઝ વાપરો
lost-title = તમારા ડ્રાફ્ટ ખોલી શકાતા નથી
lost-start-again = ફરીથી શરૂ કરો
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = ફરીથી શરૂ કરવાથી, જે ડ્રાફ્ટ ખોલી શકાતા નથી તે અલગ ફોલ્ડરમાં બાજુ પર મૂકી દેવામાં આવે છે, અને તમને નવી, ખાલી યાદી મળે છે. કંઈ કાઢી નાખવામાં આવતું નથી.
lost-confirm-yes = હા, તે બાજુ પર મૂકો અને ફરીથી શરૂ કરો
lost-confirm-no = ના, પાછા જાઓ
failed-title = તમારા ડ્રાફ્ટ ખોલી શકાયા નહીં

## The recovery code, shown once after a passphrase is chosen

recovery-title = તમારો રિકવરી કોડ
recovery-intro = જો તમે ક્યારેય પાસફ્રેઝ ભૂલી જાઓ, તો તેના બદલે આ કોડ તમારા ડ્રાફ્ટ ખોલશે. તે ફક્ત આ એક જ વાર બતાવવામાં આવે છે.
recovery-keep = તેને લખી લો, અથવા રિકવરી પાનું સાચવીને છાપી લો. કોડને આ કમ્પ્યુટરથી દૂર કોઈ સુરક્ષિત જગ્યાએ રાખો: જેની પાસે પણ તે હોય તે તમારા ડ્રાફ્ટ ખોલી શકે છે.
recovery-save = છાપવા માટે રિકવરી પાનું સાચવો
# After "It was saved as:" and the file's name.
recovery-saved-note = તેને છાપો, કાગળ કોઈ સુરક્ષિત જગ્યાએ રાખો, પછી આ કમ્પ્યુટરમાંથી ફાઇલ કાઢી નાખો.
recovery-done = મેં તેને સુરક્ષિત રાખ્યો છે. આગળ વધો
# On the locked screen: opens the way in with the recovery code.
locked-forgot = મને મારો પાસફ્રેઝ યાદ નથી
locked-forgot-intro = તમારા રિકવરી પાના પરનો કોડ લખો, પછી નવો પાસફ્રેઝ પસંદ કરો. તમારા ડ્રાફ્ટ ખૂલી જશે, અને ત્યાર પછી નવો પાસફ્રેઝ તેમને ખોલશે.
recovery-code-label = રિકવરી કોડ
recovery-new-save = નવા પાસફ્રેઝથી મારા ડ્રાફ્ટ ખોલો

## The very first start: how the drafts will open

first-title = તમારા ડ્રાફ્ટ કેવી રીતે ખૂલવા જોઈએ?
first-intro = તમે અહીં જે કંઈ લખો છો તે બધું આ કમ્પ્યુટર પર લૉક રહે છે. તે કેવી રીતે ખૂલે તે પસંદ કરો. કંઈ ગુમાવ્યા વગર તમે પછીથી આ બદલી શકો છો.
first-passphrase = દર વખતે મારો પાસફ્રેઝ પૂછો
# Under the button above. Says why it is recommended.
first-passphrase-why = અમે આની ભલામણ કરીએ છીએ, કારણ કે બીજા લોકો પણ આ કમ્પ્યુટર વાપરતા હોઈ શકે. ફક્ત તમારો પાસફ્રેઝ જાણનાર વ્યક્તિ જ તમારા ડ્રાફ્ટ ખોલી શકે છે, તમારા પોતાના કમ્પ્યુટર એકાઉન્ટ પર પણ.
first-keychain = આ કમ્પ્યુટર એકાઉન્ટ પર પૂછ્યા વગર ખોલો
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = તમને પાસફ્રેઝની જરૂર નહીં પડે. પણ આ કમ્પ્યુટર એકાઉન્ટ વાપરી શકે તે કોઈ પણ વ્યક્તિ તમારા ડ્રાફ્ટ ખોલી શકે છે, અને તેના પર ચાલતા પ્રોગ્રામ પણ ખોલી શકે છે.

## How the drafts open, on the start screen (can be changed)

way-heading = તમારા ડ્રાફ્ટ કેવી રીતે ખૂલે છે
way-keychain-now = આ કમ્પ્યુટર એકાઉન્ટ પર તમારા ડ્રાફ્ટ પાસફ્રેઝ વગર ખૂલે છે. આ એકાઉન્ટ વાપરી શકે તે કોઈ પણ વ્યક્તિ તેમને ખોલી શકે છે.
way-to-passphrase-intro = આ એકાઉન્ટ વાપરતા બીજા લોકોથી તેમને બચાવવા માટે, પાસફ્રેઝ પસંદ કરો. ત્યાર પછી દર વખતે તે પૂછવામાં આવશે.
way-to-passphrase = દર વખતે મારો પાસફ્રેઝ પૂછો
way-passphrase-now = તમારા ડ્રાફ્ટ દર વખતે ખૂલતી વખતે તમારો પાસફ્રેઝ પૂછે છે.
way-to-keychain-intro = આ કમ્પ્યુટર એકાઉન્ટ પર તેમને પાસફ્રેઝ વગર ખોલવા માટે, તમારો પાસફ્રેઝ ફરી એક વાર લખો. ત્યાર પછી આ એકાઉન્ટ વાપરી શકે તે કોઈ પણ વ્યક્તિ તેમને ખોલી શકશે.
way-to-keychain = આ કમ્પ્યુટર એકાઉન્ટ પર પૂછ્યા વગર ખોલો
# After either change above.
way-changed = થઈ ગયું. તમારા બધા ડ્રાફ્ટ હજી અહીં જ છે.

## While the computer's password store is being asked for the drafts' key

asking-title = તમારા ડ્રાફ્ટ ખૂલી રહ્યા છે
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = તમારું કમ્પ્યુટર તેના પાસવર્ડ ભંડારનો પાસવર્ડ માગી રહ્યું છે… આ પાસવર્ડનું ખાનું કમ્પ્યુટરનું પોતાનું છે, Family Voice નું નથી. ત્યાં તમારા કમ્પ્યુટરનો પાસવર્ડ લખો, એટલે તમારા ડ્રાફ્ટ ખૂલી જશે.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = અથવા તેના બદલે તમારા Family Voice પાસફ્રેઝથી લૉક ખોલો:

## Delete everything (at the foot of the start screens)

erase-heading = આ કમ્પ્યુટરમાંથી બધું કાઢી નાખો
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = આનાથી Family Voice આ કમ્પ્યુટર પર જે કંઈ રાખે છે તે બધું નીકળી જશે: દરેક ડ્રાફ્ટ, તેમની દરેક નકલ, તેમને ખોલવાની ચાવી, દુભાષિયાઓએ કરેલી અનુવાદની તપાસ, અને તમારાં સેટિંગ્સ. આ પાછું લાવી શકાશે નહીં. કામ પૂરું થાય એટલે એપ બંધ થઈ જશે. તમે જાતે બીજે ક્યાંક સાચવેલી PDF ફાઇલોને હાથ લગાડવામાં આવશે નહીં.
# Above the box. The word to type follows on its own line.
erase-confirm-label = ખાતરી કરવા માટે, ખાનામાં આ શબ્દ લખો:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = કાઢો
erase-button = હમણાં બધું કાઢી નાખો
# Under the box, when what was typed is not the word above.
erase-not-confirmed = કંઈ કાઢી નાખવામાં આવ્યું નથી. બધું કાઢી નાખવા માટે, ઉપર બતાવેલો શબ્દ બરાબર એ જ રીતે લખો.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = તમારા ડ્રાફ્ટ અને તેની ચાવી કાઢી નાખવામાં આવ્યાં છે, પણ ઍપની બીજી કેટલીક ફાઇલો હજી દૂર થઈ શકી નથી. Family Voice બંધ કરો, ફરી ખોલો અને ફરી એક વાર “બધું કાઢી નાખો” પસંદ કરો.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = મોટેથી વાંચો
# The same button while it is reading: stops the reading at once.
read-aloud-stop = બંધ કરો
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = આ કમ્પ્યુટરમાં એવો કોઈ અવાજ નથી જે આ ભાષા મોટેથી વાંચી શકે.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = મોટેથી વાંચી શકાયું નહીં. ફરી પ્રયાસ કરો.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = શારીરિક દુર્વ્યવહાર
outcome-category-emotional = ભાવનાત્મક દુર્વ્યવહાર
outcome-category-sexual = જાતીય દુર્વ્યવહાર
outcome-category-neglect = ઉપેક્ષા
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = ગયા વખતે તમે કહ્યું હતું:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = ત્યારથી શું બદલાયું છે? શું આ હજી પણ સાચું છે?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = સમીક્ષા કોન્ફરન્સની તૈયારી કરો
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = કોન્ફરન્સ પછી
# Under the heading.
outcome-intro = કોન્ફરન્સ પૂરી થાય ત્યારે, શું નક્કી થયું તે લખી લો. પછી સમયરેખા તમને આપેલી તારીખો બતાવશે.
# A question with three answers below it.
outcome-plan-label = શું કોન્ફરન્સે ચાઇલ્ડ પ્રોટેક્શન પ્લાન બનાવવાનું નક્કી કર્યું?
outcome-plan-yes = હા, પ્લાન છે
outcome-plan-no = કોઈ પ્લાન નથી
outcome-plan-unsure = મને ખાતરી નથી
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = તેમણે કયા પ્રકારના નુકસાનની વાત કરી? તમે એકથી વધુ પસંદ કરી શકો છો.
outcome-category-physical-hint = બાળકના શરીરને ઈજા પહોંચાડવી, અથવા તેને ઈજાથી સુરક્ષિત ન રાખવું.
outcome-category-emotional-hint = બાળક સાથે એવું વર્તન જે તેની લાગણીઓને દુઃખ પહોંચાડે, જેમ કે ખૂબ બૂમો પાડવી, ડરાવવું કે અવગણવું.
outcome-category-sexual-hint = બાળકને જાતીય બાબતોમાં ભાગ લેવા મજબૂર કરવું કે દેવું.
outcome-category-neglect-hint = બાળકને રોજ જરૂરી વસ્તુઓ ન આપવી, જેમ કે ખોરાક, હૂંફ, સંભાળ, સલામતી કે ડૉક્ટર.
# Labels of two date boxes.
outcome-core-group-label = પ્રથમ કોર ગ્રુપ મીટિંગની તારીખ
outcome-review-label = સમીક્ષા કોન્ફરન્સની તારીખ
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = ફરિયાદ માટે તમારી કાઉન્સિલનો સંપર્ક (નામ, ફોન નંબર કે ઇમેઇલ), જો તમે અહીં રાખવા માંગતા હો
# The button that saves what was decided.
outcome-save = નક્કી થયેલું સાચવો
# Shown after saving.
outcome-saved = સાચવ્યું. સમયરેખા હવે તમને આપેલી તારીખો બતાવે છે.
