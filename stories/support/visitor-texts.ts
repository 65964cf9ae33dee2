/**
 * Who the simulated visitors are and what they say in the stories: a question to open
 * the chat, the operator's answer, and the visitor's follow-up. Arabic visitors show the
 * elements with right-to-left text.
 */

export type VisitorScript = 'english' | 'arabic';

export interface VisitorText {
  readonly name: string;
  /** The visitor's two-letter language. */
  readonly lang: string;
  readonly question: string;
  readonly answer: string;
  readonly followUp: string;
}

const english: readonly VisitorText[] = [
  {
    name: 'Ada Lovelace',
    lang: 'en',
    question: 'Hi, my order #1042 has not arrived yet. Can you check where it is?',
    answer: 'Of course. It left our warehouse yesterday and should arrive tomorrow.',
    followUp: 'Great, thank you! Will I get a tracking link?',
  },
  {
    name: 'Grace Hopper',
    lang: 'en',
    question: 'Do you offer a discount for charities?',
    answer: 'We do: 10% off annual subscriptions for registered charities.',
    followUp: 'Perfect. How do I apply for it?',
  },
  {
    name: 'Alan Turing',
    lang: 'en',
    question: 'I forgot my password and the reset email never came.',
    answer: 'I have sent a new reset link; please check your spam folder too.',
    followUp: 'Found it in spam, it works now.',
  },
  {
    name: 'Katherine Johnson',
    lang: 'en',
    question: 'What are your opening hours over the holidays?',
    answer: 'We are open 9am to 5pm, Monday to Friday, except public holidays.',
    followUp: 'So closed on the 26th then?',
  },
  {
    name: 'Tim Berners-Lee',
    lang: 'en',
    question: 'Can I upgrade from the Basic plan to Pro in the middle of the month?',
    answer: 'Yes, you only pay the difference for the rest of the month.',
    followUp: 'Nice. Does my chat history carry over?',
  },
  {
    name: 'Margaret Hamilton',
    lang: 'en',
    question: 'The download link in my receipt says it has expired.',
    answer: 'Sorry about that, here is a fresh link valid for 7 days.',
    followUp: 'Downloading now, thanks.',
  },
  {
    name: 'Hedy Lamarr',
    lang: 'en',
    question: 'Is express delivery available to Ireland?',
    answer: 'It is: next working day for orders placed before 2pm.',
    followUp: 'And how much does it cost?',
  },
  {
    name: 'Linus Pauling',
    lang: 'en',
    question: 'I was charged twice for the same order.',
    answer: 'I can see both payments; I have refunded the second one.',
    followUp: 'When will I see the refund?',
  },
];

const arabic: readonly VisitorText[] = [
  {
    name: 'ليلى حسن',
    lang: 'ar',
    question: 'مرحبا، لم يصل طلبي رقم 1042 بعد. هل يمكنك التحقق منه؟',
    answer: 'Of course. It left our warehouse yesterday and should arrive tomorrow.',
    followUp: 'شكرا جزيلا! هل سأحصل على رابط التتبع؟',
  },
  {
    name: 'عمر خالد',
    lang: 'ar',
    question: 'هل تقدمون خصما للجمعيات الخيرية؟',
    answer: 'We do: 10% off annual subscriptions for registered charities.',
    followUp: 'ممتاز. كيف أقدم الطلب؟',
  },
  {
    name: 'سارة منصور',
    lang: 'ar',
    question: 'نسيت كلمة المرور ولم تصلني رسالة إعادة التعيين.',
    answer: 'I have sent a new reset link; please check your spam folder too.',
    followUp: 'وجدتها، تعمل الآن.',
  },
  {
    name: 'يوسف عبد الله',
    lang: 'ar',
    question: 'ما هي ساعات العمل خلال العطلات؟',
    answer: 'We are open 9am to 5pm, Monday to Friday, except public holidays.',
    followUp: 'إذن أنتم مغلقون يوم الجمعة؟',
  },
  {
    name: 'نور الهدى',
    lang: 'ar',
    question: 'تم خصم المبلغ مرتين لنفس الطلب.',
    answer: 'I can see both payments; I have refunded the second one.',
    followUp: 'متى سيظهر المبلغ المسترد؟',
  },
];

export function visitorsFor(script: VisitorScript): readonly VisitorText[] {
  return script === 'arabic' ? arabic : english;
}
