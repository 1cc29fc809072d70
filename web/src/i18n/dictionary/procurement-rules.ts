/** The procurement rules on screen: a notice's questions and answers, closed notices. */
export const sv = {
  'questions.heading': 'Frågor och svar',
  'questions.intro':
    'Alla anbudsgivare ser samma frågor och svar, och vem som frågade visas inte. Frågor som ställs senast {askBy} besvaras senast {answerBy}.',
  'questions.none': 'Inga frågor ännu.',
  'questions.number': 'Fråga {number}',
  'questions.yours': '(er fråga)',
  'questions.late': 'Ställd mindre än tio dagar före sista anbudsdag: upphandlaren svarar om det hinns med.',
  'questions.answerBy': 'Svar senast',
  'questions.answer': 'Svar',
  'questions.unanswered': 'Inte besvarad ännu.',
  'questions.ask': 'Ställ en fråga om upphandlingen',
  'questions.askLabel': 'Er fråga',
  'questions.askSubmit': 'Skicka frågan',
  'questions.answerTitle': 'Besvara fråga {number}',
  'questions.answerLabel': 'Svar till alla anbudsgivare',
  'questions.answerSubmit': 'Publicera svaret',
  'questions.closed': 'Sista anbudsdag har passerat. Inga fler frågor kan ställas.',
  'notice.closed': 'Stängd',
  'notice.closedText': 'Sista anbudsdag har passerat. Upphandlingen tar inte emot fler anbud eller frågor.',
} as const;

export const en: Readonly<Record<keyof typeof sv, string>> = {
  'questions.heading': 'Questions and answers',
  'questions.intro':
    'Every bidder sees the same questions and answers, and who asked is not shown. Questions asked by {askBy} are answered by {answerBy} at the latest.',
  'questions.none': 'No questions yet.',
  'questions.number': 'Question {number}',
  'questions.yours': '(your question)',
  'questions.late': 'Asked less than ten days before the tender deadline: the buyer answers if there is time.',
  'questions.answerBy': 'Answer by',
  'questions.answer': 'Answer',
  'questions.unanswered': 'Not answered yet.',
  'questions.ask': 'Ask a question about the procurement',
  'questions.askLabel': 'Your question',
  'questions.askSubmit': 'Send the question',
  'questions.answerTitle': 'Answer question {number}',
  'questions.answerLabel': 'Answer to every bidder',
  'questions.answerSubmit': 'Publish the answer',
  'questions.closed': 'The tender deadline has passed. No more questions can be asked.',
  'notice.closed': 'Closed',
  'notice.closedText': 'The tender deadline has passed. The procurement takes no more tenders or questions.',
};
