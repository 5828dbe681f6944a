# The child's own journey. Readers: children and young people, with an advocate or another
# trusted adult beside them. Three age bands: "young" (about 5–7: very few, very simple words,
# one thing per screen), "middle" (8–11) and "older" (12 and over: a young person's wording,
# never childish). Be warm and calm. Never suggest the child has done anything wrong.

## Starting

# Button on the start screen that begins a child's own draft.
child-start-button = Çocuğun kendi görüşlerini yazmaya başla
# The name a child's draft gets when no name is given. $date: today, e.g. "Sunday 22 November 2026".
child-default-label = Görüşlerim, başlangıç: { $date }
child-who-title = Başlamadan önce
child-name-label = Adın ne?
child-age-label = Kaç yaşındasın?
child-helper-label = Bugün sana yardım eden biri var mı?
child-helper-nobody = Hayır, tek başımayım
child-helper-advocate = Evet, bir hak savunucusu
child-helper-social-worker = Evet, bir sosyal hizmet uzmanı
child-helper-family = Evet, ailemden biri
child-helper-friend = Evet, bir arkadaşım
child-helper-interpreter = Evet, bir tercüman
child-helper-name-label = Onun adı ne?
# Above three buttons that choose how the questions are worded. The age sets it; it can be changed.
child-band-label = Hangi sözcükler sana daha uygun?
child-band-young = 5-7 yaş için
child-band-middle = 8-11 yaş için
child-band-older = 12 yaş ve üstü için
# The big, kind button on every screen of the child's journey. It saves and goes back to the start.
child-stop = Şimdi durmak istiyorum
child-next = İleri
child-back = Geri

## What the meeting is about (one screen per paragraph for "young"; one screen for the others)

child-explain-title = Toplantı hakkında
child-explain-1-young = Bazı büyükler seninle ilgili bir toplantı yapıyor.
child-explain-2-young = Bu toplantı, güvende ve mutlu olman için.
child-explain-3-young = Toplantının amacı seni ailenden almak değil.
child-explain-4-young = Ailen orada olacak. Öğretmenin ve sosyal hizmet uzmanın gibi kişiler de olacak.
child-explain-5-young = Toplantıya gidebilirsin. Ya da biri onlara ne düşündüğünü anlatabilir. Ya da hiçbir şey söylemeyebilirsin. Bunların hepsi olur.
child-explain-1-middle = Aileni tanıyan bazı yetişkinler bir toplantı yapıyor. Bu toplantının adı çocuk koruma toplantısı (child protection conference).
child-explain-2-middle = Toplantı, senin güvende ve iyi olmanla ilgili. Amacı seni ailenden almak değil.
child-explain-3-middle = Annen baban ya da sana bakan kişiler orada olacak. Sosyal hizmet uzmanın, öğretmenin ve okul hemşiren gibi kişiler de olacak. Toplantıyı Toplantı Başkanı denen biri yönetir. O, herkesin dinlenmesini sağlar.
child-explain-4-middle = Toplantının hepsine ya da bir kısmına katılabilirsin. Bir hak savunucusu senin adına konuşabilir. Görüşlerini gönderebilirsin; örneğin bir resim ya da bu sayfa. Ya da hiçbir şey söylemeyebilirsin. Her seçim olur.
child-explain-5-middle = Burada yazdıkların senin. Toplantıda neyin görüleceğini sen seçersin.
child-explain-1-older = Ailenle çalışan yetişkinler, evde işlerin nasıl gittiğini konuşmak için toplanıyor. Bu toplantının adı çocuk koruma toplantısı (child protection conference).
child-explain-2-older = Toplantının görevi, bir Çocuk Koruma Planına ihtiyacın olup olmadığına karar vermek. Bu, seni güvende tutmaya neyin yardımcı olacağını ve kimin ne yapacağını gösteren yazılı bir plan. Toplantının amacı seni ailenden almak değil. Bu toplantı bir mahkeme de değil.
child-explain-3-older = Annen baban ya da sana bakan kişiler orada olacak. Sosyal hizmet uzmanın, okulun, sağlık çalışanları ve bazen polis gibi uzmanlar da olacak. Toplantıyı, Toplantı Başkanı denen bağımsız biri yönetir.
child-explain-4-older = Toplantının hepsine ya da bir kısmına katılabilir, bir hak savunucusundan senin adına konuşmasını isteyebilir, görüşlerini yazılı olarak ya da bir resimle gönderebilir ya da katılmamayı seçebilirsin. Bunların hepsi olur ve fikrini değiştirebilirsin.
child-explain-5-older = Burada yazdığın her şey, paylaşmayı seçmedikçe gizli kalır.

## The three houses

# The three houses' usual names. A child can rename each one.
child-house-good = İyi şeylerin evi
child-house-worries = Endişelerin evi
child-house-wishes = Dileklerin ve hayallerin evi
child-house-rename-label = Bu eve başka bir ad verebilirsin
child-house-symbol-label = Bu ev için bir resim seç
child-symbol-sun = Güneş
child-symbol-star = Yıldız
child-symbol-heart = Kalp
child-symbol-cloud = Bulut
child-symbol-rainbow = Gökkuşağı
child-symbol-tree = Ağaç
child-house-good-prompt-young = Seni ne mutlu ediyor?
child-house-good-prompt-middle = Hayatındaki iyi şeyler neler? Seni kimler ve neler mutlu ediyor?
child-house-good-prompt-older = Evde, okulda ya da başka bir yerde senin için neler iyi gidiyor?
child-house-worries-prompt-young = Seni üzen ya da korkutan bir şey var mı?
child-house-worries-prompt-middle = Seni endişelendiren, üzen, korkutan ya da kızdıran bir şey var mı?
child-house-worries-prompt-older = Seni neler endişelendiriyor? Neyin farklı olmasını isterdin?
child-house-wishes-prompt-young = Sihirli bir değneğin olsaydı ne dilerdin?
child-house-wishes-prompt-middle = Dileklerin ve hayallerin neler? İşleri ne daha iyi yapardı?
child-house-wishes-prompt-older = Şimdi ve gelecekte neler olmasını isterdin?
child-write-label = İstersen buraya yaz
child-draw-label = İstersen buraya çiz
child-draw-hint = Fareyi, parmağını ya da bir kalemi kullanabilirsin.
child-draw-colour = Renk
child-colour-black = Siyah
child-colour-red = Kırmızı
child-colour-blue = Mavi
child-colour-green = Yeşil
child-colour-yellow = Sarı
child-draw-eraser = Silgi
child-draw-undo = Geri al
child-draw-clear = Resme baştan başla
child-draw-stamps-label = Ya da çizimine bir resim koy
child-stamp-sun = Güneş
child-stamp-heart = Kalp
child-stamp-house = Ev
child-stamp-person = İnsan
child-draw-keys-hint = Bir resim seç, sonra olmasını istediğin yere tıkla ya da dokun. Faren yok mu? Çizime gitmek için Tab'a bas, ok tuşlarıyla gezdir, sonra Enter'a ya da Boşluk'a bas.
child-draw-canvas = Senin çizimin

## More about you

child-people-title = Benim için önemli olan kişiler
child-people-prompt-young = Senin için özel olan kim?
child-people-prompt-middle = Hayatındaki önemli kişiler kimler?
child-people-prompt-older = Senin için kimler önemli? Yardıma ihtiyacın olduğunda kime gidersin?
child-know-title = Toplantının bilmesini istediklerim
child-know-prompt-young = Büyüklerin neyi bilmesini istiyorsun?
child-know-prompt-middle = Toplantıdaki kişilerin neyi bilmesini istiyorsun?
child-know-prompt-older = Toplantıdaki kişilerin en çok neyi duymasını istiyorsun?
child-happen-title = Olmasını istediklerim
child-happen-prompt-young = Senin için işleri ne daha iyi yapardı?
child-happen-prompt-middle = Toplantıdan sonra neler olmasını isterdin?
child-happen-prompt-older = Toplantıda neye karar verilmesini ya da insanların ne yapmasını isterdin?
child-part-title = Toplantı ve ben
child-part-question = Toplantıya gitmek istiyor musun?
child-part-all = Evet, toplantının hepsine
child-part-some = Evet, bir kısmına
child-part-advocate = Hayır, ama bir hak savunucusunun benim adıma konuşmasını istiyorum
child-part-views = Hayır, ama görüşlerimi görmelerini istiyorum
child-part-none = Hayır, bir şey söylemek de istemiyorum. Bu da olur.
child-part-unsure = Henüz emin değilim
child-part-words-label = Toplantıyla ilgili söylemek istediğin başka bir şey var mı?

## Choosing what to share

child-share-title = Toplantıda neler görülebilir?
child-share-intro = Sen seçersin. "Hayır" dediğin her şey gizli kalır. Toplantıdaki hiç kimse onu görmez.
child-share-yes = Evet, bunu görebilirler
child-share-no = Hayır, gizli kalsın
child-share-drawing = Resmin
child-share-nothing = Henüz bir şey yazmadın ya da çizmedin. Bu da olur.
child-make-pdf = Sayfamı hazırla
child-pdf-made = Sayfan hazır. İçinde yalnızca paylaşmayı seçtiğin şeyler var.

## The child's PDF ("My views for my meeting")

child-pdf-title = Toplantım için görüşlerim
child-pdf-name = Adım
child-pdf-age = Yaşım
child-pdf-date = Hazırlandığı tarih
child-pdf-helped = Bana yardım eden
# $role is one of the helper words above, without "Yes, "; $name is the helper's name.
child-pdf-helper-with-name = { $role }: { $name }
child-pdf-helper-advocate = Bir hak savunucusu
child-pdf-helper-social-worker = Bir sosyal hizmet uzmanı
child-pdf-helper-family = Ailemden biri
child-pdf-helper-friend = Bir arkadaşım
child-pdf-helper-interpreter = Bir tercüman
child-pdf-helper-nobody = Kimse, kendim yaptım
child-pdf-taking-part = Nasıl katılmak istiyorum
child-pdf-nothing-shared = Bu sefer görüşlerimi kendime saklamayı seçtim.
