import type { CharterTexts } from './charter-fr.js';

/** English texts of the charter and the preferences (see charter-fr.ts), written for this project. */
export const charterEn: CharterTexts = {
  charterTitle: 'Cookie policy',
  charterIntro: 'To offer you the best possible service, we use cookies to make sure the platform works properly.',
  whatTitle: 'What is a cookie?',
  whatText:
    'A “cookie” is a piece of information, usually small and identified by a name, that a website you connect to may send to your browser. Your browser keeps it for a certain time and sends it back to the web server every time you connect to it again. Cookies have many uses: they can remember your customer ID on an online shop, the current contents of your shopping basket, an identifier used to track your browsing for statistical or advertising purposes, etc.',
  typesIntro: 'There are several kinds of cookies:',
  typeNecessary:
    '“Necessary” first-party cookies store information between two visits to the same website on the same device. They keep a shopping basket, login details or interface preferences. They do not require the user’s consent.',
  typeStatistics:
    '“Statistics” cookies follow a visitor’s actions on a website. When the statistics are anonymous (that is, they cannot be used to identify a person), the user’s consent is not required.',
  typeFirstParty:
    '“First-party” cookies are set by the website being visited. They may be set in addition to necessary cookies and can be used to collect personal data, follow the user’s behaviour and serve advertising purposes.',
  typeThirdParty:
    'So-called “third-party” cookies are set by (or for) a website B (often an advertising network) on a website A: they let website B see which pages of website A a user visited and collect information about that user.',
  usageTitle: 'What cookies are used for on the platform {platform}',
  necessaryLabel: 'Cookies necessary for the platform to work / functional cookies',
  necessaryDescription: 'The portal cannot work without them: they need no consent and cannot be switched off.',
  colProvider: 'Provider',
  colService: 'Service and location',
  colName: 'Cookie name',
  colPurpose: 'Purposes',
  colDuration: 'Retention period',
  preferencesTitle: 'Cookie preferences',
  preferencesText:
    'Choose, category by category, the cookies you accept. Necessary cookies cannot be refused: the portal does not work without them.',
  cookiesList: 'Show the cookies ({count})',
  alwaysOn: 'Always on',
  exemptNote: 'Audience measurement exempt from consent: on by default, you can switch it off.',
  save: 'Save my choices',
  close: 'Close',
  choicesTitle: 'Your choices',
  noChoice: 'You have not made a choice yet: no optional cookie is set.',
  choiceDate: 'Choice saved on {date}.',
  gpcNote:
    'Your browser sends the Global Privacy Control signal: we apply it as a refusal of every optional cookie. You can still accept some below.',
};
