# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = الجزء { $number } من { $total }

## Part 1

part-strengths-title = ما يسير بشكل جيد
part-strengths-intro = لكل أسرة أمور تُحسنها. هذه فرصتكم لتخبروا الاجتماع عنها.
prompt-strengths-family = ما نقاط القوة في أسرتكم؟
    .hint = مثلًا: أشخاص يحبون بعضهم ويساعدون بعضهم، وعادات يومية ناجحة، وأشياء تستمتعون بها معًا.
prompt-strengths-parenting = ما الذي تُحسنونه بصفتكم والدين أو مقدّمي رعاية؟
    .hint = فكّروا في الأمور اليومية: الوجبات، والمدرسة، ومواعيد النوم، ومواساة طفلكم عندما يكون منزعجًا.
prompt-strengths-known = ما الأشياء الجيدة التي تريدون أن يعرفها المختصون عنكم وعن أسرتكم؟

## Part 2

part-worries-title = المخاوف والصعوبات
part-worries-intro = قد يكون من الصعب الكتابة عن المخاوف. اكتبوا بالقدر الذي تريدونه، قليلًا أو كثيرًا.
prompt-worries-change = ما الذي يحتاج إلى تغيير، إن وُجد، لكي يكون طفلكم آمنًا؟
prompt-worries-difficulties = هل تواجهون أي صعوبات في الوقت الحالي؟
    .hint = مثلًا: المال، أو السكن، أو الصحة، أو العمل، أو العلاقات.

## Part 3

part-support-title = المساعدة والدعم
part-support-intro = تُعرض على كثير من الأسر مساعدة بعد الاجتماع، أحيانًا ضمن خطة الطفل المحتاج إلى دعم أو خطة حماية الطفل. يمكنكم أن تقولوا ما الذي سيساعد أسرتكم حقًا.
prompt-support-needed = هل تحتاج أسرتكم إلى أي مساعدة أو خدمات؟
    .hint = مثلًا: مساعدة في تربية الأطفال، أو الصحة، أو السكن، أو المال، أو مكان في حضانة، أو شخص تتحدثون إليه.
prompt-support-difference = كيف ستُحدث هذه المساعدة فرقًا لطفلكم؟

## Part 4

part-next-steps-title = ما الذي يجب أن يحدث بعد ذلك
part-next-steps-intro = في نهاية الاجتماع، يقرر الحاضرون ما إذا كان طفلكم يحتاج إلى خطة حماية الطفل، وما الذي يجب أن يحدث بعد ذلك. أفكاركم مهمة.
prompt-next-steps-after = برأيكم، ما الذي يجب أن يحدث بعد الاجتماع؟
prompt-next-steps-better = ما الذي يمكنكم أنتم، أو يمكن لغيركم، فعله لتحسين الأمور؟

## Part 5

part-reports-title = التقارير
part-reports-intro = قبل الاجتماع، يجب أن تصلكم تقارير من الأشخاص الذين يعملون مع أسرتكم. إذا قرأتموها، يمكنكم كتابة رأيكم فيها هنا، وإخبار رئيس الاجتماع به في الاجتماع.
prompt-reports-agree = ما الذي توافقون عليه في التقارير؟
prompt-reports-disagree = ما الذي لا توافقون عليه؟
prompt-reports-wrong = هل في التقارير شيء غير صحيح؟
    .hint = مثلًا تاريخ أو اسم أو معلومة غير صحيحة. اذكروا في أي تقرير ورد ذلك، وما الصحيح.

## Part 6

part-scale-title = ما مدى الأمان الآن؟
part-scale-intro = كثيرًا ما يُستخدم في الاجتماعات مقياس من 0 إلى 10. واختيار رقم يساعد الجميع على معرفة كيف ترون سير الأمور.
# Shown above eleven choices, 0 to 10.
scale-question = على مقياس من 0 إلى 10، حيث يعني 10 أن الجميع متأكدون من أن الأطفال آمنون، أين تضعون الوضع الآن؟
scale-low = 0 يعني قلقًا شديدًا
scale-high = 10 يعني أن الجميع متأكدون من أن الأطفال آمنون
scale-not-sure = أفضّل ألّا أختار رقمًا
prompt-scale-why = لماذا اخترتم هذا الرقم؟
    .hint = يمكنكم أيضًا أن تذكروا ما الذي قد يقرّبه خطوة واحدة من 10.
