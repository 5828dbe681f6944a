# Messages when something needs another look or goes wrong. Shown on screen; readers are
# parents. Say what happened and what to do, kindly; never blame, never show technical words.

error-child-name-missing = કૃપા કરીને આ બાળકનું પહેલું નામ લખો, અથવા આ બાળકને યાદીમાંથી દૂર કરો.
error-child-age-range = કૃપા કરીને 0 થી 18 સુધીની ઉંમર લખો.
error-child-born-future = જન્મ તારીખ ભવિષ્યની છે. કૃપા કરીને તે ફરી જોઈ લો.
error-interpreter-language-missing = કૃપા કરીને જણાવો કે તમને કઈ ભાષાના દુભાષિયાની જરૂર છે.
error-scale-range = કૃપા કરીને 0 થી 10 સુધીનો કોઈ એક આંકડો પસંદ કરો.
error-unknown-question = આ ફાઇલમાં એક એવા પ્રશ્નનો જવાબ છે, જેને આ એપ ઓળખતી નથી.
error-contribution-invalid = આ ફાઇલ Family Voice ની વિચારોની ફાઇલ નથી, અથવા તે બગડી ગઈ છે.
error-contribution-newer-version = આ ફાઇલ Family Voice ના નવા વર્ઝનમાં બનાવેલી છે. તેને ખોલવા માટે કૃપા કરીને એપ અપડેટ કરો.
# When the PDF is refused because some characters cannot be printed (shown on screen to
# parents). $what is one or more of the unprintable- sentences below.
error-pdf-cannot-print = PDF બન્યું નથી, કારણ કે જે લખ્યું છે તેમાંથી થોડું આ કમ્પ્યુટર પર છાપી શકાતું નથી. { $what } તમે જે લખ્યું છે તેમાંથી કંઈ ખોવાયું નથી.
# Under a text box while a parent or child types, when some of it would not print. $what as above.
unprintable-note = આમાંથી થોડું PDF માં છપાશે નહીં. { $what }
# One sentence per kind of character that cannot be printed. $chars lists them (private and unknown
# ones as codes such as U+E000); $script is one of the script names below; $package is the name
# of a Debian package.
unprintable-script = { $chars } ({ $script } લિપિ): કૃપા કરીને મફત ફોન્ટ { $package } ઇન્સ્ટોલ કરો (Debian કે Ubuntu પર), પછી ફરી પ્રયાસ કરો.
unprintable-script-windows = { $chars } ({ $script } લિપિ): કૃપા કરીને Windows માં આ લિપિ માટેના મફત ફોન્ટ ઉમેરો (Settings ખોલો, “Optional features” શોધો અને તેના “Supplemental Fonts” ઉમેરો), પછી ફરી પ્રયાસ કરો.
unprintable-script-macos = { $chars } ({ $script } લિપિ): કૃપા કરીને આ Mac પર Font Book ખોલો અને આ લિપિ માટે મફત ફોન્ટ ડાઉનલોડ કરો, પછી ફરી પ્રયાસ કરો.
unprintable-emoji = { $chars } (ઇમોજી): કૃપા કરીને મફત ફોન્ટ { $package } ઇન્સ્ટોલ કરો (Debian કે Ubuntu પર), અથવા તેને કાઢી નાખો.
unprintable-emoji-newer = { $chars } (ઇમોજી): આ કમ્પ્યુટરનો કોઈ ફોન્ટ આને છાપી શકતો નથી. કૃપા કરીને તેને કાઢી નાખો, અથવા તેની જગ્યાએ શબ્દો લખો.
unprintable-private = { $chars } (ખાસ ચિહ્નો, જે ફક્ત એક જ પ્રોગ્રામ સમજે છે): આ ક્યારેય છાપી શકાતા નથી. કૃપા કરીને તેને કાઢી નાખો.
unprintable-other = { $chars }: આ કમ્પ્યુટરનો કોઈ ફોન્ટ આને છાપી શકતો નથી. કૃપા કરીને તેને કાઢી નાખો.
# Names of kinds of writing, used in the message above.
script-arabic = અરબી
script-hebrew = હિબ્રૂ
script-bengali = બંગાળી
script-devanagari = દેવનાગરી (હિન્દી)
script-gurmukhi = ગુરમુખી (પંજાબી)
script-gujarati = ગુજરાતી
script-latin = લેટિન (રોમન)
script-ethiopic = ઇથિયોપિક (અમ્હારિક, ટિગ્રિન્યા)
script-tamil = તમિલ
script-tibetan = તિબેટી
script-cjk = ચીની કે જાપાની
script-korean = કોરિયન
error-pdf-font-missing = આ કમ્પ્યુટરમાં PDF માટે કામ આવે એવો કોઈ ફોન્ટ નથી. કૃપા કરીને મફત Noto ફોન્ટ ઇન્સ્ટોલ કરો (Debian કે Ubuntu પર: fonts-noto-core) અને ફરી પ્રયાસ કરો.
error-file-disk-full = આ સાચવવા માટે ડિસ્ક પર પૂરતી જગ્યા નથી. કૃપા કરીને થોડી જગ્યા ખાલી કરો, અથવા સાચવવા માટે બીજું સ્થાન પસંદ કરો, અને ફરી પ્રયાસ કરો.
error-file-not-allowed = એપને એ ફોલ્ડરમાં સાચવવાની પરવાનગી નથી. કૃપા કરીને બીજું ફોલ્ડર પસંદ કરો.
error-file-write-failed = ફાઇલ સાચવી શકાઈ નહીં. કૃપા કરીને ફરી પ્રયાસ કરો, અથવા બીજું સ્થાન પસંદ કરો.
error-pdf-open-failed = PDF સચવાઈ ગઈ છે, પણ તે ખોલી શકાઈ નહીં. તમે પસંદ કરેલા ફોલ્ડરમાં તે મળશે, અને ત્યાંથી તમે તેને ખોલી શકો છો.
error-notice-days-range = કૃપા કરીને 0 થી 20 સુધીના કામકાજના દિવસો પસંદ કરો.
error-chair-minutes-range = કૃપા કરીને 5 થી 120 સુધીની મિનિટની સંખ્યા પસંદ કરો.

# When the family writes down dates given at the conference before giving the conference's own date.
error-outcome-no-conference-date = કૃપા કરીને પહેલાં વ્યવહારુ પાના પર કોન્ફરન્સની તારીખ લખો.
# When a core group or review date the family typed is before the conference or more than a year after it.
error-outcome-date-impossible = આ તારીખ બરાબર લાગતી નથી. તે કોન્ફરન્સ પછીની અને તેના એક વર્ષની અંદરની હોવી જોઈએ.
