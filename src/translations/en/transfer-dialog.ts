/** Strings of `<whoson-transfer-dialog>`. */
export const transferDialogTerms = {
  transferDialogTitle: 'Transfer chat',
  transferDialogChatWith: (visitor: string, site: string) => (site ? `${visitor} · ${site}` : visitor),
  transferDialogSearch: 'Search targets',
  transferDialogSearchPlaceholder: 'Name, department, skill or queue',
  transferDialogOperators: 'Operators',
  transferDialogDepartments: 'Departments',
  transferDialogSkills: 'Skills',
  transferDialogQueues: 'Queues',
  transferDialogNoOperators: 'No other operator is online.',
  transferDialogNoDepartments: 'No department to transfer to.',
  transferDialogNoSkills: 'No skills for this site.',
  transferDialogLoadingSkills: 'Loading skills…',
  transferDialogNoQueues: 'This site has no transfer queues.',
  transferDialogNoMatch: 'Nothing matches the search.',
  transferDialogOperatorLoad: (dept: string, chats: number, maxChats: number) => {
    const load = maxChats > 0 ? `${chats} of ${maxChats} chats` : chats === 1 ? '1 chat' : `${chats} chats`;
    return dept ? `${dept} · ${load}` : load;
  },
  transferDialogDeptOnline: (count: number) =>
    count === 0 ? 'nobody online' : count === 1 ? '1 online' : `${count} online`,
  transferDialogRequestedDept: 'requested by the visitor',
  transferDialogQueueState: (count: number, wait: string) =>
    `${count === 1 ? '1 waiting' : `${count} waiting`}, current wait ${wait}`,
  transferDialogQueueFull: 'full',
  transferDialogMessage: 'Message (optional)',
  transferDialogMessageNoQueue: 'A chat put back on a queue takes no message.',
  transferDialogSummaryNone: 'Choose who should take the chat.',
  transferDialogSummaryUsers: (names: string) => `Transfer to ${names}.`,
  transferDialogSummaryDept: (dept: string) => `Transfer to the ${dept} department.`,
  transferDialogSummarySkills: (skills: string) => `Transfer to operators with the skills ${skills}.`,
  transferDialogSummaryQueue: (queue: string) => `Put the chat back on the queue ${queue}.`,
  transferDialogConfirm: 'Transfer',
  transferDialogSending: 'Transferring…',
  transferDialogOperatorOffline: (names: string) => `${names} is no longer online. Choose someone else.`,
  transferDialogChatGone: 'This chat is no longer open.',
  transferDialogNotConnected: 'Not connected to the WhosOn server: the chat was not transferred.',
  transferDialogFailed: (reason: string) => `The transfer failed: ${reason}`,
  transferDialogServerSays: (text: string) => `The server answered: ${text}`,
};
