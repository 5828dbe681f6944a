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
# When the PDF needs a font for one kind of writing (a script) that the computer lacks.
# $script is one of the script names below; $package is the name of a Debian package.
error-pdf-script-font-missing = PDF બનાવવા માટે { $script } લિપિના ફોન્ટની જરૂર છે, અને આ કમ્પ્યુટરમાં તે નથી. કૃપા કરીને આ મફત ફોન્ટ ઇન્સ્ટોલ કરો (Debian કે Ubuntu પર: { $package }) અને ફરી પ્રયાસ કરો. તમે જે લખ્યું છે તેમાંથી કંઈ ખોવાયું નથી.
# Names of kinds of writing, used in the message above.
script-arabic = અરબી
script-hebrew = હિબ્રૂ
script-bengali = બંગાળી
script-devanagari = દેવનાગરી (હિન્દી)
script-gurmukhi = ગુરમુખી (પંજાબી)
script-gujarati = ગુજરાતી
script-latin = લેટિન (રોમન)
error-pdf-font-missing = આ કમ્પ્યુટરમાં PDF માટે કામ આવે એવો કોઈ ફોન્ટ નથી. કૃપા કરીને મફત Noto ફોન્ટ ઇન્સ્ટોલ કરો (Debian કે Ubuntu પર: fonts-noto-core) અને ફરી પ્રયાસ કરો.
error-file-disk-full = આ સાચવવા માટે ડિસ્ક પર પૂરતી જગ્યા નથી. કૃપા કરીને થોડી જગ્યા ખાલી કરો, અથવા સાચવવા માટે બીજું સ્થાન પસંદ કરો, અને ફરી પ્રયાસ કરો.
error-file-not-allowed = એપને એ ફોલ્ડરમાં સાચવવાની પરવાનગી નથી. કૃપા કરીને બીજું ફોલ્ડર પસંદ કરો.
error-file-write-failed = ફાઇલ સાચવી શકાઈ નહીં. કૃપા કરીને ફરી પ્રયાસ કરો, અથવા બીજું સ્થાન પસંદ કરો.
error-pdf-open-failed = PDF સચવાઈ ગઈ છે, પણ તે ખોલી શકાઈ નહીં. તમે પસંદ કરેલા ફોલ્ડરમાં તે મળશે, અને ત્યાંથી તમે તેને ખોલી શકો છો.
error-notice-days-range = કૃપા કરીને 0 થી 20 સુધીના કામકાજના દિવસો પસંદ કરો.
