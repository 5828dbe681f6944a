# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Bilow aragtida ilmaha
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = Aragtidayda, la bilaabay { $date }
child-who-title = Inta aynaan bilaabin
child-name-label = Magacaaga koowaad waa maxay?
child-age-label = Immisa jir baad tahay?
child-helper-label = Qof ma ku caawinayaa maanta?
child-helper-nobody = Maya, keligay ayaan ahay
child-helper-advocate = Haa, u-doode
child-helper-social-worker = Haa, shaqaale bulsho
child-helper-family = Haa, qof qoyskayga ka mid ah
child-helper-friend = Haa, saaxiib
child-helper-interpreter = Haa, turjubaan
child-helper-name-label = Magaca qofkaas waa maxay?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = Erayadee ayaa kuugu habboon?
child-band-young = Da'da 5 ilaa 7
child-band-middle = Da'da 8 ilaa 11
child-band-older = Da'da 12 iyo wixii ka weyn
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = Hadda waan joojinayaa
child-next = Xiga
child-back = Dib u noqo

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = Kulanka
child-explain-1-young = Dad waaweyn ayaa kulan kaa yeelanaya.
child-explain-2-young = Kulanku wuxuu kaa caawinayaa inaad nabad iyo farxad ku jirto.
child-explain-3-young = Kulanku kuma saabsana in qoyskaaga lagaa kaxeeyo.
child-explain-4-young = Qoyskaagu halkaas ayuu joogi doonaa, iyo dad kale sida macallinkaaga iyo shaqaalahaaga bulshada.
child-explain-5-young = Waad tegi kartaa, ama qof ayaa u sheegi kara waxa aad rabto. Ama haddii aad doonto, waxba ha dhihin. Intaas oo dhan waa caadi.
child-explain-1-middle = Dad waaweyn oo yaqaan qoyskaaga ayaa kulan yeelanaya. Waxaa loo yaqaan shirka ilaalinta ilmaha.
child-explain-2-middle = Kulanku wuxuu ku saabsan yahay sidii aad u ahaan lahayd ammaan oo aad u fiicnaan lahayd. Kuma saabsana in qoyskaaga lagaa kaxeeyo.
child-explain-3-middle = Waalidkaa ama daryeelayaashaadu halkaas ayay joogi doonaan, iyo dad sida shaqaalahaaga bulshada, macallinkaaga iyo kalkaalisada dugsiga. Qof loo yaqaan Guddoomiyaha ayaa maamula kulanka, wuxuuna hubiyaa in qof kasta la dhageysto.
child-explain-4-middle = Waxaad tegi kartaa kulanka oo dhan ama qayb ka mid ah. U-doode ayaa kuu hadli kara. Waxaad soo diri kartaa aragtidaada, sida sawir ama boggan. Ama waxaad dooran kartaa inaadan waxba oran. Doorasho kastaa waa caadi.
child-explain-5-middle = Waxa aad halkan ku qorto adiga ayaa iska leh. Adiga ayaa dooranaya waxa kulanku arko.
child-explain-1-older = Dadka waaweyn ee la shaqeeya qoyskaaga ayaa kulmaya si ay uga hadlaan sida xaaladdu guriga u tahay. Waxaa loo yaqaan shirka ilaalinta ilmaha.
child-explain-2-older = Shaqadiisu waa inuu go'aamiyo inaad u baahan tahay Qorshaha Ilaalinta Ilmaha iyo in kale: qorshe qoran oo sheegaya waxa kaa caawin doona inaad ammaan ahaato, iyo qof kastaa waxa uu qabanayo. Kuma saabsana in qoyskaaga lagaa kaxeeyo, mana aha maxkamad.
child-explain-3-older = Waalidkaa ama daryeelayaashaadu halkaas ayay joogi doonaan, iyo xirfadlayaal sida shaqaalahaaga bulshada, dugsigaaga, shaqaalaha caafimaadka, mararka qaarkoodna booliska. Qof madax-bannaan oo loo yaqaan Guddoomiyaha ayaa maamula.
child-explain-4-older = Waxaad tegi kartaa kulanka oo dhan ama qayb ka mid ah, waxaad ka codsan kartaa u-doode inuu kuu hadlo, waxaad soo diri kartaa aragtidaada qoraal ahaan ama sawir ahaan, ama waxaad dooran kartaa inaadan ka qayb qaadan. Dhammaan waa caadi, waxaadna beddeli kartaa go'aankaaga.
child-explain-5-older = Wax kasta oo aad halkan ku qorto qarsoodi ayuu ahaanayaa, ilaa aad adigu doorato inaad la wadaagto.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = Guriga waxyaabaha wanaagsan
child-house-worries = Guriga walwalka
child-house-wishes = Guriga rabitaannada iyo riyooyinka
child-house-rename-label = Gurigan magac kale ayaad u bixin kartaa
child-house-symbol-label = U dooro sawir gurigan
child-symbol-sun = Qorrax
child-symbol-star = Xiddig
child-symbol-heart = Wadne
child-symbol-cloud = Daruur
child-symbol-rainbow = Qaanso-roobaad
child-symbol-tree = Geed
child-house-good-prompt-young = Maxaa ku farxad geliya?
child-house-good-prompt-middle = Waa maxay waxyaabaha wanaagsan ee noloshaada? Yaa iyo maxaa ku farxad geliya?
child-house-good-prompt-older = Maxaa si fiican kuugu socda, guriga, dugsiga ama meel kale?
child-house-worries-prompt-young = Ma jiraa wax ku murugeeya ama ku cabsi geliya?
child-house-worries-prompt-middle = Ma jiraa wax ku walwaliya, ama ku murugeeya, ku cabsi geliya ama ku xanaajiya?
child-house-worries-prompt-older = Maxaa ku walwaliya, ama maxaad jeclaan lahayd inuu ka duwanaado?
child-house-wishes-prompt-young = Haddii aad haysato ul sixir ah, maxaad rabi lahayd?
child-house-wishes-prompt-middle = Waa maxay rabitaannadaada iyo riyooyinkaaga? Maxaa xaaladda ka fiicnayn lahaa?
child-house-wishes-prompt-older = Maxaad jeclaan lahayd inuu dhaco, hadda iyo mustaqbalka?
child-write-label = Halkan wax ku qor, haddii aad rabto
child-draw-label = Halkan wax ku sawir, haddii aad rabto
child-draw-hint = Isticmaal jiirka (mouse), farta ama qalin.
child-draw-colour = Midab
child-colour-black = Madow
child-colour-red = Casaan
child-colour-blue = Buluug
child-colour-green = Cagaar
child-colour-yellow = Jaalle
child-draw-eraser = Tirtire
child-draw-undo = Ka noqo
child-draw-clear = Sawirka dib u bilow
child-draw-stamps-label = Ama sawirkaaga ku dar sawir yar
child-stamp-sun = Qorrax
child-stamp-heart = Wadne
child-stamp-house = Guri
child-stamp-person = Qof
child-draw-keys-hint = Dooro sawir, kadibna guji ama taabo meesha aad rabto inuu galo. Jiir (mouse) ma haysatid? Riix Tab si aad u gaarto sawirka, ku dhaqaaji furayaasha fallaarta, kadibna riix Enter ama Space.
child-draw-canvas = Sawirkaaga

## More about you

child-people-title = Dadka muhiimka ii ah
child-people-prompt-young = Yaad aad u jeceshahay?
child-people-prompt-middle = Waa ayo dadka muhiimka ah ee noloshaada?
child-people-prompt-older = Yaa muhiim kuu ah, oo yaad u tagtaa marka aad caawimaad u baahato?
child-know-title = Waxa aan rabo in kulanku ogaado
child-know-prompt-young = Maxaad rabtaa in dadka waaweyni ogaadaan?
child-know-prompt-middle = Maxaad rabtaa in dadka kulanka jooga ay ogaadaan?
child-know-prompt-older = Maxaad ugu jeclaan lahayd in dadka kulanka jooga ay maqlaan?
child-happen-title = Waxa aan jeclaan lahaa inay dhacaan
child-happen-prompt-young = Maxaa kaa caawin lahaa?
child-happen-prompt-middle = Maxaad jeclaan lahayd inuu dhaco kulanka kadib?
child-happen-prompt-older = Maxaad jeclaan lahayd in kulanku go'aamiyo, ama in dadku sameeyaan?
child-part-title = Kulanka iyo aniga
child-part-question = Ma rabtaa inaad tagto kulanka?
child-part-all = Haa, kulanka oo dhan
child-part-some = Haa, qayb ka mid ah
child-part-advocate = Maya, laakiin waxaan rabaa in u-doode ii hadlo
child-part-views = Maya, laakiin waxaan rabaa inay arkaan aragtidayda
child-part-none = Maya, mana rabo inaan wax sheego. Taasi waa caadi.
child-part-unsure = Weli ma hubo
child-part-words-label = Wax kale oo ku saabsan kulanka?

## Choosing what to share

child-share-title = Maxaa kulanku arki karaa?
child-share-intro = Adiga ayaa dooranaya. Wax kasta oo aad "maya" ku tiraahdo qarsoodi ayuu ahaanayaa. Qofna oo kulanka jooga ma arki doono.
child-share-yes = Haa, way arki karaan tan
child-share-no = Maya, qarsoodi ha ahaato
child-share-drawing = Sawirkaaga
child-share-nothing = Weli waxba ma aadan qorin, mana aadan sawirin. Taasi waa caadi.
child-make-pdf = Samee boggayga
child-pdf-made = Boggaagu waa diyaar. Wuxuu ka kooban yahay oo keliya waxyaabaha aad dooratay inaad la wadaagto.

## The child's PDF ("My views for my meeting")

child-pdf-title = Aragtidayda ee kulankayga
child-pdf-name = Magacayga
child-pdf-age = Da'dayda
child-pdf-date = Taariikhda la sameeyay
child-pdf-helped = Cidda i caawisay
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = U-doode
child-pdf-helper-social-worker = Shaqaale bulsho
child-pdf-helper-family = Qof qoyskayga ka mid ah
child-pdf-helper-friend = Saaxiib
child-pdf-helper-interpreter = Turjubaan
child-pdf-helper-nobody = Cidna, keligay ayaan sameeyay
child-pdf-taking-part = Sida aan doonayo inaan uga qayb qaato
child-pdf-nothing-shared = Markan waxaan doortay inaan aragtidayda qarsoodi ka dhigo.
