# The "What happens when" timeline: the steps before and after a Child Protection Conference.
# Read by parents and carers on the timeline screen, and in the calendar file they can save to
# their phone. Many readers are worried or frightened, and some read English as a second
# language: keep sentences short, plain and kind. Never use jargon without saying what it means.
# $date arrives already written out, e.g. "Tuesday 3 March 2026"; $time likewise, e.g. "10:30am".
# $count is a number of working days, minutes or months, as the message says.

## The screen around the steps

# Heading of the timeline screen.
timeline-title = Ne zaman ne olur

# Under the heading on the timeline screen.
timeline-intro = Bunlar, toplantıdan önce ve sonra genellikle izlenen adımlar ve en geç hangi tarihlerde olmaları gerektiği.

# Under the steps on the timeline screen, always shown.
timeline-check-with-social-worker = Her belediye bazı işleri kendi yöntemiyle yapar, bu yüzden sizin tarihleriniz biraz farklı olabilir. Emin değilseniz sosyal hizmet uzmanınıza sorun. Toplantı Başkanına da sorabilirsiniz.

# Under the steps on the timeline screen: how the days are counted.
timeline-working-days = İş günleri pazartesiden cumaya kadardır. Hafta sonları ve resmi tatiller sayılmaz.

# A small label beside a step that only happens if the conference decides on a Child Protection Plan.
timeline-only-if-plan = Yalnızca Çocuk Koruma Planı yapılırsa

# Under the steps, once for each bank holiday that was skipped while counting working days.
# $holiday is the holiday's name from the list at the end of this file.
timeline-holiday-skipped = { $date } resmi tatil ({ $holiday }), bu yüzden iş günü olarak sayılmıyor.

## When a step happens: a line under each step's title on the screen

# The conference itself, when its time is not known.
timeline-when-on = { $date }
# The conference itself, when its time is known.
timeline-when-on-at = { $date }, { $time }
# The chair's meeting, when the conference time is not known.
timeline-when-around = { $date }, toplantı başlamadan hemen önce
# The chair's meeting, when the conference time is known.
timeline-when-around-at = { $date }, { $time } civarında
# A step that should happen on or before this date; it can come sooner.
timeline-when-by = En geç { $date }

## The steps, in the order they happen. Each has a title (screen heading and calendar event
## title) and a body (screen text and calendar event description).

# Before the conference: the family should get the reports. $count is working days.
timeline-reports-title = Raporlar size ulaşır
timeline-reports-body = Sosyal hizmet uzmanı ve diğerleri toplantı için raporlar yazar. Bu raporlar toplantıdan en az { $count ->
        [one] bir iş günü
       *[other] { $count } iş günü
    } önce size ulaşmalıdır. Böylece onları okumak ve anlamak için birinden yardım istemek için zamanınız olur.

# Just before the conference. $count is minutes; the body does not need it.
timeline-chair-meeting-title = Toplantı Başkanıyla görüşürsünüz
timeline-chair-meeting-body = Toplantıyı Toplantı Başkanı yönetir; o sizin sosyal hizmet uzmanınız değildir. Genellikle toplantı başlamadan önce anne babalarla kısa bir süre yalnız görüşür. Neler olacağını anlatır ve sizi dinler.

# The day of an initial (first) conference. $count is not used.
timeline-initial-conference-title = Toplantı
timeline-initial-conference-body = Siz ve çocuğunuzla çalışan kişiler bir araya gelirsiniz. Çocuğunuzun ne kadar güvende olduğunu ve ailenizin hangi yardıma ihtiyacı olduğunu konuşursunuz. Çocuğunuzun bir Çocuk Koruma Planına ihtiyacı olup olmadığına birlikte karar verilir. Ne düşündüğünüzü söyleyebilir ve size destek olması için birini yanınızda getirebilirsiniz.

# The day of a review conference. $count is not used.
timeline-review-conference-title = Değerlendirme toplantısı
timeline-review-conference-body = Siz ve çocuğunuzla çalışan kişiler yeniden bir araya gelirsiniz. Planın nasıl gittiğine ve çocuğunuzun hâlâ plana ihtiyacı olup olmadığına bakarsınız. Nelerin değiştiğini ve sizi hâlâ neyin endişelendirdiğini söyleyebilirsiniz.

# After the conference: the family hears the decisions. $count is working days.
timeline-decisions-title = Kararlar size bildirilir
timeline-decisions-body = Toplantıda alınan kararlar ve yapılan planın ana hatları, toplantıdan sonraki { $count ->
        [one] bir iş günü
       *[other] { $count } iş günü
    } içinde size bildirilmelidir.

# After an initial conference, only if there is a plan. $count is working days.
timeline-core-group-title = İlk çekirdek grup toplantısı
timeline-core-group-body = Plan yapılırsa, ailenizle çalışan kişilerden oluşan daha küçük bir grupla bir araya gelirsiniz ve planın nasıl hayata geçirileceğine birlikte karar verirsiniz. İlk görüşme, Çocuk Koruma Toplantısından sonraki { $count ->
        [one] bir iş günü
       *[other] { $count } iş günü
    } içinde yapılmalıdır.

# After the conference: the written record arrives. $count is working days.
timeline-minutes-title = Yazılı kayıt size ulaşır
timeline-minutes-body = Konuşulanların ve alınan kararların notları (toplantı tutanağı) size { $count ->
        [one] bir iş günü
       *[other] { $count } iş günü
    } içinde ulaşmalıdır. Bunları okuyun ve yanlış ya da eksik bir şey varsa Toplantı Başkanına söyleyin.

# After an initial conference, only if there is a plan. $count is months.
timeline-first-review-title = İlk değerlendirme toplantısı
timeline-first-review-body = Plan yapılırsa, planın nasıl gittiğine bir değerlendirme toplantısında bakılır. İlk değerlendirme toplantısı, bu toplantıdan sonraki { $count ->
        [one] bir ay
       *[other] { $count } ay
    } içinde yapılmalıdır.

# After a review conference, only if the plan carries on. $count is months.
timeline-next-review-title = Bir sonraki değerlendirme toplantısı
timeline-next-review-body = Plan devam ederse, bir sonraki değerlendirme toplantısı bu toplantıdan sonraki { $count ->
        [one] bir ay
       *[other] { $count } ay
    } içinde yapılmalıdır.

# The last step: reviews go on while the plan lasts. $count is months.
timeline-later-reviews-title = Sonra, plan sürdüğü sürece
timeline-later-reviews-body = Çocuğunuzun planı olduğu sürece, en az { $count ->
        [one] ayda bir
       *[other] { $count } ayda bir
    } değerlendirme toplantısı yapılır. Bir toplantıda çocuğunuzun artık plana ihtiyacı olmadığına karar verildiğinde plan sona erer.

## Problems

# On the conference details screen, when the date cannot be right (for example a year with too many digits).
error-conference-date-out-of-range = Bu tarih doğru görünmüyor. Lütfen toplantının gününü, ayını ve yılını kontrol edin.

## Bank holidays, named as GOV.UK names them. Shown on the timeline screen inside
## timeline-holiday-skipped, e.g. "Monday 26 May 2025 is a bank holiday (Spring bank holiday), …".

holiday-new-years-day = Yılbaşı
holiday-new-years-day-substitute = Yılbaşı (yerine verilen tatil günü)
holiday-good-friday = Kutsal Cuma
holiday-easter-monday = Paskalya Pazartesisi
holiday-early-may = Mayıs başı resmi tatili
holiday-spring = Bahar resmi tatili
holiday-summer = Yaz resmi tatili
holiday-christmas-day = Noel
holiday-christmas-day-substitute = Noel (yerine verilen tatil günü)
holiday-boxing-day = Noel'in ertesi günü
holiday-boxing-day-substitute = Noel'in ertesi günü (yerine verilen tatil günü)
holiday-royal-wedding = Kraliyet düğünü
holiday-millennium = Milenyum kutlamaları
holiday-golden-jubilee = Kraliçe'nin Altın Jübilesi
holiday-diamond-jubilee = Kraliçe'nin Elmas Jübilesi
holiday-platinum-jubilee = Kraliçe'nin Platin Jübilesi
holiday-state-funeral = Kraliçe II. Elizabeth'in devlet cenaze töreni
holiday-coronation = Kral III. Charles'ın taç giyme töreni

# Above the other notes under the timeline, once the family has written down the dates the conference gave them.
timeline-outcome-dates = Buradaki çekirdek grup (core group) ve gözden geçirme tarihleri, konferansta size verilen tarihlerdir.
