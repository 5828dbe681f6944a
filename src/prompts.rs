//! The prompt catalogue: which parts the parent's journey has, in which order, and which
//! questions each part asks. Questions are Fluent ids; the words live in `prompts.ftl`.

use serde::{Deserialize, Serialize};

use crate::guide::{self, TermView};
use crate::i18n::Localizer;

/// One part of the parent's journey, in the order it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartId {
    /// What is going well.
    Strengths,
    /// What needs to change, and difficulties the family faces.
    Worries,
    /// What help the family needs.
    Support,
    /// What should happen after the conference.
    NextSteps,
    /// What the family thinks of the professionals' reports.
    Reports,
    /// Where things are now on a 0 to 10 scale, and why.
    Scale,
}

/// A part and the Fluent ids of its questions. A question's id is also the key of its answer.
#[derive(Debug)]
pub struct Part {
    /// Which part this is.
    pub id: PartId,
    /// Fluent ids of the free-text questions, in order.
    pub prompts: &'static [&'static str],
}

static PARTS: &[Part] = &[
    Part {
        id: PartId::Strengths,
        prompts: &["prompt-strengths-family", "prompt-strengths-parenting", "prompt-strengths-known"],
    },
    Part { id: PartId::Worries, prompts: &["prompt-worries-change", "prompt-worries-difficulties"] },
    Part { id: PartId::Support, prompts: &["prompt-support-needed", "prompt-support-difference"] },
    Part { id: PartId::NextSteps, prompts: &["prompt-next-steps-after", "prompt-next-steps-better"] },
    Part { id: PartId::Reports, prompts: &["prompt-reports-agree", "prompt-reports-disagree", "prompt-reports-wrong"] },
    Part { id: PartId::Scale, prompts: &["prompt-scale-why"] },
];

/// The highest point of the scale question.
pub const SCALE_MAX: u8 = 10;

/// Every part, in journey order.
pub fn parts() -> &'static [Part] {
    PARTS
}

/// Whether an answer key names a question in the catalogue.
pub fn is_prompt(id: &str) -> bool {
    PARTS.iter().any(|p| p.prompts.contains(&id))
}

impl PartId {
    /// The stem of this part's Fluent ids (`part-<stem>-title`).
    pub fn stem(self) -> &'static str {
        match self {
            PartId::Strengths => "strengths",
            PartId::Worries => "worries",
            PartId::Support => "support",
            PartId::NextSteps => "next-steps",
            PartId::Reports => "reports",
            PartId::Scale => "scale",
        }
    }

    /// Fluent id of the part's heading.
    pub fn title_id(self) -> String {
        format!("part-{}-title", self.stem())
    }

    /// Fluent id of the short, kind introduction under the heading.
    pub fn intro_id(self) -> String {
        format!("part-{}-intro", self.stem())
    }
}

/// A part as the screen shows it, in the chosen language.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PartView {
    /// Which part.
    pub id: PartId,
    /// "Part 2 of 6".
    pub progress: String,
    /// The heading.
    pub title: String,
    /// The introduction.
    pub intro: String,
    /// The 0–10 question, for the scale part only.
    pub scale: Option<ScaleView>,
    /// The free-text questions.
    pub prompts: Vec<PromptView>,
    /// Glossary words this part uses, so the screen can link to what they mean.
    pub terms: Vec<TermView>,
}

/// The 0 to 10 question and the words at its two ends.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScaleView {
    /// The question.
    pub question: String,
    /// What 0 means.
    pub low: String,
    /// What 10 means.
    pub high: String,
    /// The choice for someone who would rather not pick a number.
    pub not_sure: String,
    /// The highest number.
    pub max: u8,
}

/// One question with its hint.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PromptView {
    /// The Fluent id, also the answer's key.
    pub id: &'static str,
    /// The question.
    pub label: String,
    /// Help under the question, if it has any.
    pub hint: Option<String>,
}

/// The whole journey in one language, as the screens show it.
pub fn journey(loc: &Localizer) -> Vec<PartView> {
    let total = PARTS.len();
    PARTS
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("number", i + 1);
            args.set("total", total);
            let mut view = PartView {
                id: part.id,
                progress: loc.msg_with("progress-part", &args),
                title: loc.msg(&part.id.title_id()),
                intro: loc.msg(&part.id.intro_id()),
                scale: (part.id == PartId::Scale).then(|| ScaleView {
                    question: loc.msg("scale-question"),
                    low: loc.msg("scale-low"),
                    high: loc.msg("scale-high"),
                    not_sure: loc.msg("scale-not-sure"),
                    max: SCALE_MAX,
                }),
                prompts: part
                    .prompts
                    .iter()
                    .map(|id| PromptView { id, label: loc.msg(id), hint: loc.attr(id, "hint") })
                    .collect(),
                terms: Vec::new(),
            };
            let mut words = vec![view.title.clone(), view.intro.clone()];
            words.extend(view.scale.iter().map(|s| s.question.clone()));
            words.extend(view.prompts.iter().flat_map(|p| [p.label.clone(), p.hint.clone().unwrap_or_default()]));
            view.terms = guide::terms_in(&words.join("\n"), loc);
            view
        })
        .collect()
}
