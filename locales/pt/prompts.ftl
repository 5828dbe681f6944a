# The questions of the parent's journey, one part per screen. Also printed in the PDF.
# Readers: parents and carers. A question is a gentle invitation, never a demand.
# A `.hint` is shown in smaller type under its question, on screen only.

# Above each part's heading. $number is this part, $total how many parts there are.
progress-part = Parte { $number } de { $total }

## Part 1

part-strengths-title = O que está a correr bem
part-strengths-intro = Todas as famílias têm coisas que fazem bem. Esta é a oportunidade de falar delas na reunião.
prompt-strengths-family = Quais são os pontos fortes da sua família?
    .hint = Por exemplo: pessoas que gostam umas das outras e se ajudam, rotinas que funcionam, coisas que gostam de fazer juntos.
prompt-strengths-parenting = O que faz bem como mãe, pai ou cuidador?
    .hint = Pense nas coisas do dia a dia: as refeições, a escola, a hora de deitar, consolar a sua criança quando está triste.
prompt-strengths-known = Que coisas boas gostaria que os profissionais soubessem sobre si e a sua família?

## Part 2

part-worries-title = Preocupações e dificuldades
part-worries-intro = Pode ser difícil escrever sobre preocupações. Diga tanto ou tão pouco quanto quiser.
prompt-worries-change = Há alguma coisa que precise de mudar para a sua criança estar em segurança? Se sim, o quê?
prompt-worries-difficulties = Está a passar por alguma dificuldade neste momento?
    .hint = Por exemplo: dinheiro, casa, saúde, trabalho ou relações.

## Part 3

part-support-title = Ajuda e apoio
part-support-intro = Muitas famílias recebem ofertas de ajuda depois de uma reunião, às vezes como parte de um Plano de Criança com Necessidades ou de um Plano de Proteção da Criança. Pode dizer o que ajudaria mesmo a sua família.
prompt-support-needed = A sua família precisa de alguma ajuda ou serviço?
    .hint = Por exemplo: ajuda para educar as crianças, ajuda com a saúde, a casa ou o dinheiro, um lugar numa creche, ou alguém com quem falar.
prompt-support-difference = Como é que essa ajuda faria diferença para a sua criança?

## Part 4

part-next-steps-title = O que deve acontecer a seguir
part-next-steps-intro = No fim da reunião, decide-se se a sua criança precisa de um Plano de Proteção da Criança e o que deve acontecer a seguir. As suas ideias contam.
prompt-next-steps-after = O que acha que deve acontecer depois da reunião?
prompt-next-steps-better = O que poderia fazer, ou o que poderiam fazer outras pessoas, para melhorar as coisas?

## Part 5

part-reports-title = Os relatórios
part-reports-intro = Antes da reunião, deve receber relatórios das pessoas que trabalham com a sua família. Se já os leu, pode dizer aqui o que pensa deles, e dizê-lo ao presidente na reunião.
prompt-reports-agree = Com o que é que concorda nos relatórios?
prompt-reports-disagree = Com o que é que não concorda?
prompt-reports-wrong = Há alguma coisa errada nos relatórios?
    .hint = Por exemplo, uma data, um nome ou um facto errado. Diga em que relatório está e qual é a informação certa.

## Part 6

part-scale-title = Como está a segurança agora?
part-scale-intro = Nas reuniões usa-se muitas vezes uma escala de 0 a 10. Escolher um número ajuda todos a perceber como acha que as coisas estão a correr.
# Shown above eleven choices, 0 to 10.
scale-question = Numa escala de 0 a 10, em que 10 quer dizer que todos têm a certeza de que as crianças estão seguras, onde colocaria as coisas agora?
scale-low = 0 quer dizer muita preocupação
scale-high = 10 quer dizer que todos têm a certeza de que as crianças estão seguras
scale-not-sure = Prefiro não escolher um número
prompt-scale-why = Porque escolheu este número?
    .hint = Também pode dizer o que faria subir um passo, para mais perto do 10.
