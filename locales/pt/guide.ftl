# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = Um guia para a reunião
guide-intro = O que acontece, quem vai estar presente e o que querem dizer as palavras. Leia tanto ou tão pouco quanto quiser.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Quem vai estar presente
guide-who-1 = Vai estar presente, com quem quiser trazer para lhe dar apoio. A sua criança também pode ir, se tiver idade para isso e quiser, ou pode dar a sua opinião de outra forma.
guide-who-2 = O presidente da reunião (Chair), que a conduz, e uma pessoa que toma nota do que se diz.
guide-who-3 = Pessoas que conhecem a sua criança e a sua família: normalmente o assistente social, e muitas vezes a escola ou a creche, um enfermeiro de saúde infantil ou o enfermeiro da escola, o seu médico de família e, por vezes, a polícia ou outros serviços com quem já tenha trabalhado.
guide-who-4 = Todos estão lá pelo mesmo motivo: pensar em como manter a sua criança segura e bem.

guide-chair-title = O que faz o presidente da reunião
guide-chair-1 = O presidente é quem dirige a reunião. É uma pessoa independente: não trabalhou com a sua família e não é o seu assistente social.
guide-chair-2 = Antes de a reunião começar, o presidente costuma falar consigo a sós, para explicar o que vai acontecer e ouvir o que quer dizer.
guide-chair-3 = Durante a reunião, o presidente garante que todos são ouvidos. E isso inclui a sua voz.

guide-meeting-title = Como corre a reunião
guide-meeting-1 = Cada pessoa diz quem é e porque está ali.
guide-meeting-2 = Cada pessoa conta o que está a correr bem para a sua criança e o que a preocupa. Também se fala dos relatórios que essas pessoas escreveram.
guide-meeting-3 = Pode responder, corrigir o que estiver errado e fazer perguntas. Pode ler em voz alta o que preparou, ou entregá-lo ao presidente.
guide-meeting-4 = A reunião costuma durar entre uma e duas horas. Pode pedir uma pequena pausa a qualquer momento.

guide-video-title = Reuniões por vídeo ou telefone
guide-video-1 = Muitas conferências são agora feitas por vídeo, ou com algumas pessoas na sala e outras ligadas por vídeo ou telefone. O seu convite deve dizer como vai ser e dar-lhe um link de vídeo e um número para entrar por telefone.
guide-video-2 = Normalmente pedem-lhe que entre primeiro, para poder falar a sós com o presidente antes de os outros entrarem.
guide-video-3 = Ligue-se a partir de uma divisão privada, nunca de um lugar público. Se outra pessoa for vista ou ouvida na sua divisão, o presidente pode ter de a retirar da chamada. Os seus filhos não devem conseguir ouvir.
guide-video-4 = O presidente pergunta a cada pessoa, uma de cada vez, e pode responder depois de cada uma. Se não perceber alguma coisa, ou precisar de uma pausa, diga ao presidente.

guide-decide-title = O que a reunião pode decidir
guide-decide-1 = A reunião decide se a sua criança precisa de um Plano de Proteção da Criança (Child Protection Plan). Isto acontece quando as pessoas presentes pensam que a sua criança sofreu, ou pode vir a sofrer, um dano significativo (significant harm).
guide-decide-2 = Se houver um plano, a reunião diz também de que tipo de dano se trata sobretudo: maus-tratos físicos (physical abuse), maus-tratos emocionais (emotional abuse), abuso sexual (sexual abuse) ou negligência (neglect).
guide-decide-3 = Se não for preciso um Plano de Proteção da Criança, a reunião pode sugerir um Plano de Criança com Necessidades (Child in Need plan), outro tipo de ajuda para a sua família, ou nenhum plano.
guide-decide-4 = A reunião não decide onde a sua criança vai viver, e não é um tribunal.

guide-core-group-title = O grupo nuclear
guide-core-group-1 = Se houver um Plano de Proteção da Criança, um pequeno grupo reúne-se para o pôr em prática. Chama-se grupo nuclear (core group). Faz parte dele, com o assistente social e mais algumas pessoas que conhecem a sua criança.
guide-core-group-2 = O grupo nuclear reúne-se pela primeira vez no prazo de 10 dias úteis depois da reunião de proteção, e depois com regularidade, para ver como estão a correr as coisas e que ajuda é precisa.

guide-after-title = Depois da reunião
guide-after-1 = Devem dizer-lhe o que foi decidido no prazo de um dia útil. Mais tarde, vai receber as notas escritas da reunião (a ata, em inglês «minutes»). Leia-as e diga ao presidente se alguma coisa estiver errada.
guide-after-2 = Se houver um plano, uma reunião de revisão (review conference) vê como está a correr no prazo de 3 meses, e depois pelo menos de 6 em 6 meses, enquanto o plano durar.
guide-after-3 = O plano termina quando uma reunião decidir que a sua criança já não precisa dele.

guide-rights-title = O que pode pedir
guide-rights-1 = Trazer alguém consigo: um amigo, um familiar ou um defensor (advocate).
guide-rights-2 = Um intérprete (interpreter), se preferir falar na sua língua. Peça ao assistente social antes da reunião.
guide-rights-3 = Ver os relatórios antes da reunião, para ter tempo de os ler.
guide-rights-4 = Falar a sós com o presidente, e fazer uma pausa durante a reunião.

guide-complain-title = Se tiver alguma queixa
guide-complain-1 = Se não concordar com a forma como a reunião correu, ou com o que foi decidido, fale primeiro com o presidente ou com o assistente social. Talvez possam resolver a situação.
guide-complain-2 = Se isso não ajudar, todas as câmaras municipais (council) têm um procedimento de queixa para estas reuniões. Peça-o ao seu assistente social ou à câmara municipal. Um defensor pode ajudar a apresentar a queixa.

guide-private-title = Manter os seus rascunhos privados
guide-private-1 = Se alguém entrar na sala, carregue em «Esconder» no cimo do ecrã. O ecrã fica logo em branco e os seus rascunhos ficam bloqueados.
guide-private-2 = Carregar na tecla Esc duas vezes, ou na tecla Shift três vezes, depressa e sem nenhuma outra tecla pelo meio, faz o mesmo. Escrever nunca o faz: qualquer outra tecla, como uma letra ou o Tab, volta a começar a contagem.
guide-private-3 = Para continuar, carregue em «Continuar» no ecrã em branco e depois desbloqueie os seus rascunhos.

ready-video-title = Preparar-se para uma reunião por vídeo
ready-phone-title = Preparar-se para uma reunião por telefone
ready-intro = Marque cada ponto quando estiver feito. O que marcar fica guardado com o seu rascunho.
ready-private-room = Encontre uma divisão privada onde os seus filhos e outras pessoas não possam ouvir a reunião.
ready-headphones = Use auscultadores ou auriculares, para que ninguém perto de si ouça o que os outros dizem.
ready-device-charged = Carregue o telemóvel, tablet ou computador na véspera, e tenha o carregador por perto.
ready-phone-charged = Carregue o telemóvel na véspera, e tenha o carregador por perto.
ready-link-tested = Experimente o link de vídeo do convite na véspera, no aparelho que vai usar.
ready-number-tested = Na véspera, confirme que tem o número para ligar e o código do convite, se houver.
ready-camera = Confirme que a câmara e o microfone funcionam, e sente-se onde o presidente possa ver a sua cara.
ready-contribution-at-hand = Tenha o seu contributo impresso, ou aberto noutro aparelho, para poder ler a partir dele.
ready-call-drops = Antes do dia, peça ao seu assistente social um número de telefone para ligar se a chamada cair.
ready-muted = Fique em silêncio (microfone desligado) quando não estiver a falar, e ligue-o quando quiser dizer alguma coisa.
ready-break = Lembre-se de que pode pedir uma pausa ao presidente a qualquer momento.
ready-interpreter = Se precisar de intérprete, ele também pode entrar na chamada. Peça ao seu assistente social para tratar disso.

## The glossary: each term's name and what it means

glossary-title = Palavras que pode ouvir
glossary-chair-name = Presidente da reunião (Chair)
glossary-chair-meaning = A pessoa que dirige a reunião. É independente: nunca trabalhou com a sua família.
glossary-coordinator-name = Coordenador de proteção da criança (Child protection coordinator)
glossary-coordinator-meaning = A pessoa da câmara municipal que marca as reuniões e garante que se fazem a tempo. Em algumas câmaras, é o presidente da reunião que faz este trabalho.
glossary-plan-name = Plano de Proteção da Criança (Child Protection Plan)
glossary-plan-meaning = Um plano escrito que diz o que tem de mudar para a criança estar em segurança, quem vai ajudar e até quando. É verificado nas reuniões de revisão.
glossary-child-in-need-name = Plano de Criança com Necessidades (Child in Need plan)
glossary-child-in-need-meaning = Um plano de ajuda e apoio para uma criança e a sua família. A reunião pode sugeri-lo quando não é preciso um Plano de Proteção da Criança.
glossary-core-group-name = Grupo nuclear (Core group)
glossary-core-group-meaning = Um pequeno grupo que se reúne depois da reunião de proteção para pôr em prática o Plano de Proteção da Criança. Faz parte dele, com o assistente social e mais algumas pessoas que conhecem a sua criança.
glossary-significant-harm-name = Dano significativo (Significant harm)
glossary-significant-harm-meaning = As palavras que a lei usa para um dano grave à saúde ou ao desenvolvimento de uma criança. A reunião pensa se uma criança sofreu um dano deste tipo, ou se pode vir a sofrer.
glossary-physical-abuse-name = Maus-tratos físicos (Physical abuse)
glossary-physical-abuse-meaning = Quando alguém magoa uma criança de propósito, ou é provável que o venha a fazer, por exemplo batendo-lhe ou abanando-a.
glossary-emotional-abuse-name = Maus-tratos emocionais (Emotional abuse)
glossary-emotional-abuse-meaning = Quando a forma como uma criança é tratada, vezes sem conta, prejudica o que ela sente sobre si própria ou a maneira como cresce. Pode incluir uma criança ver ou ouvir violência em casa.
glossary-sexual-abuse-name = Abuso sexual (Sexual abuse)
glossary-sexual-abuse-meaning = Quando uma criança é envolvida em atividade sexual, ou lhe mostram material sexual, quer ela perceba ou não o que está a acontecer.
glossary-neglect-name = Negligência (Neglect)
glossary-neglect-meaning = Quando as necessidades básicas de uma criança não são satisfeitas durante algum tempo: por exemplo comida, agasalho, uma casa segura, cuidados médicos, ou cuidado e atenção.
glossary-advocate-name = Defensor (Advocate)
glossary-advocate-meaning = Uma pessoa que não trabalha para a câmara municipal e está do seu lado, ou do lado da sua criança. Ajuda a dizer o que pensa e a perceber o que está a acontecer.
glossary-interpreter-name = Intérprete (Interpreter)
glossary-interpreter-meaning = Uma pessoa com formação que passa o que é dito para a sua língua, e o que diz para inglês, sem acrescentar as suas próprias opiniões.
glossary-review-conference-name = Reunião de revisão (Review conference)
glossary-review-conference-meaning = Uma reunião mais tarde, que vê como está a correr o Plano de Proteção da Criança e decide se ainda é preciso.
glossary-strategy-discussion-name = Reunião de estratégia (Strategy discussion)
glossary-strategy-discussion-meaning = Uma reunião ou chamada entre o assistente social, a polícia, profissionais de saúde e outras pessoas, feita quando há uma preocupação com uma criança, para decidir o que fazer a seguir.
glossary-section-47-name = Averiguação da Secção 47 (Section 47 enquiry)
glossary-section-47-meaning = Quando a câmara municipal procura saber se uma criança está a sofrer, ou pode vir a sofrer, um dano significativo. O nome vem de uma parte da Lei da Criança de 1989 (Children Act 1989). Se as preocupações se confirmarem, faz-se uma reunião de proteção.
