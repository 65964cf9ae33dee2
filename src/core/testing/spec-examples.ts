/**
 * Every event example frame of the WhosOn v10 Client API document
 * (spec/whoson-client-api-v10.txt), as the JSON text a server would send: the shared
 * fixture of the event decoder and the store tests.
 *
 * Kept as the spec shows them, because a real server can send them so: `Header` in place
 * of `Params`, mixed-case names (`SendToFiltered`, `SendToTranslated`,
 * `MissedChatClosed`), `WaitedSecs`, `MaxAyncChats`, `TrackingID`, `Chatting` /
 * `Chatted`, the malformed `<Suggestions>` closing tag, `<translated>…</Translated>`.
 *
 * Repaired, because they are slips of the document rather than of the wire: trailing and
 * doubled commas, missing or extra braces, `{...}` / `...` placeholders (dropped), the
 * FirstLog string written across lines (joined with \n), the duplicated `"Chatted"` key
 * of VisitDetailChat (the second is `ChattedLanguage`), the `{url}`/`{filename}`
 * placeholders of the upload message (filled in). Reports, ReportData and ServerSettings
 * show only their Data: they are wrapped in an envelope of the right event name.
 * SiteDeleted is written as a command in the spec; here it is the event it describes.
 *
 * Examples not in the spec but described by it (or by real servers) are marked in their
 * title: the `<translated>` message, the suggestion with a document, "User already logged in.".
 *
 * `title` is the spec heading (with a suffix where one heading shows several examples);
 * `name` is the lower-case event name.
 */
export interface SpecEventExample {
  readonly title: string;
  readonly name: string;
  readonly json: string;
}

export const specEventExamples: ReadonlyArray<SpecEventExample> = [
  {
    title: 'Receiving Data — connected',
    name: 'connected',
    json: String.raw`{
  "EventName": "connected",
  "Params": [
    "65be1c5cc937df0b17ae1728"
  ],
  "Data": {
    "ApplicationName": "WhosOn",
    "Version": "10.1.1.1",
    "ServerUid": "65d5c4bac937df0f60c916aa",
    "ServerGeoIPDate": "Jan 2024",
    "RegisteredUser": "My Company",
    "MaxUsers": 999,
    "EvaluationVersion": false,
    "GatewayUrl": "https://gateway.mysite.com/",
    "GatewayAddress": "gateway.mysite.com",
    "GatewayPort": 80,
    "GatewayPortSSL": 443,
    "GatewayPassthroughUrl": "https://gateway.mysite.com/p/xxxxx/",
    "ChatUrl": "https://chat.mysite.com/chat/",
    "AuthToken": ""
  }
}`,
  },
  {
    title: 'Making The Connection — hello',
    name: 'hello',
    json: String.raw`{
  "EventName": "hello",
  "Params": null,
  "Data": {
    "Application": "WhosOn",
    "Version": "10.1.1.1",
    "ConnectionId": "65c205c8c937df08d2d09fd5"
  }
}`,
  },
  {
    title: 'Logging In — msg (login refused)',
    name: 'msg',
    json: String.raw`{
  "EventName": "msg",
  "Params": null,
  "Data": "Invalid credentials entered. Please check your login details."
}`,
  },
  {
    title: 'NamedUser (Event)',
    name: 'nameduser',
    json: String.raw`{
  "EventName": "nameduser",
  "Params": [
    "65be1adac937df0f6f2582ff"
  ],
  "Data": {
    "Username": "thomas@mysite.com",
    "Name": "Thomas",
    "Dept": "",
    "Email": "thomas@mysite.com",
    "Phone": "",
    "Title": "",
    "UTCBias": -5,
    "MaxChats": 0,
    "AutoAccept": false,
    "SiteKeys": "1,2",
    "Skills": "1,2,3",
    "Rights": "YYYYYYYYYNYYY1NN",
    "IsAdmin": false,
    "IsSupervisor": false,
    "IsTeamLeader": false,
    "IsBot": false,
    "KeepLog": true,
    "WorkPeriodId": "65c0b2d6c937df0524b56709",
    "GroupId": "65c0b508c937df087364f71e",
    "GroupName": "Support",
    "HasPhoto": true,
    "PhotoFileName": "thomas.png",
    "GreetingMessage": "Good %TimeOfDay% %Name%. My name is %MyName% how can I help you?",
    "ClientOptions": "Theme=Dark;AutoLogout=True;",
    "RequirePasswordReset": false,
    "SetPasswordTo": "",
    "BotSettings": null
  }
}`,
  },
  {
    title: 'Sites (Event)',
    name: 'sites',
    json: String.raw`{
  "EventName": "sites",
  "Params": null,
  "Data": [
    {
      "SiteKey": 1,
      "Name": "My Company",
      "Domain": "www.mysite.com",
      "Paused": false,
      "HasTrackingCode": false,
      "UTCBias": 3600,
      "WorkPeriodId": "65c0b2d6c937df0524b56709",
      "GreetingMessage": "Good %TimeOfDay% %Name%. My name is %MyName% how can I help you?",
      "SLAWarningSeconds": 20,
      "SLAReachedSeconds": 40,
      "AllowEmoji": true,
      "AllowFileUpload": 2,
      "DisableFileSend": false,
      "TranslationEnabled": false,
      "PreventBlock": false,
      "OnDemandFields": [
        {
          "FieldName": "Email",
          "FieldType": "email",
          "Prompt": "What is your email address?"
        },
        {
          "FieldName": "Reference",
          "FieldType": "text",
          "Prompt": "What is your reference"
        }
      ],
      "WrapUp": {
        "Message": "Please select one of the options",
        "Type": "Menu",
        "Options": [
          {
            "Value": "sales",
            "DisplayValue": "Sales Enquiry",
            "SubOptions": [
              {
                "Value": "quote",
                "DisplayValue": "Wants Quotation",
                "SubOptions": null
              },
              {
                "Value": "call",
                "DisplayValue": "Wants Callback",
                "SubOptions": null
              }
            ]
          },
          {
            "Value": "support",
            "DisplayValue": "Support Enquiry",
            "SubOptions": null
          }
        ],
        "Required": true,
        "Show": "SessionEnd",
        "Enabled": true
      },
      "CustomForm": {
        "Enabled": false,
        "Title": "",
        "URL": ""
      },
      "CRM": {
        "Enabled": true,
        "AutoPosting": true,
        "ShowClientButton": false
      },
      "Tags": [
        "Sales",
        "Order Placed",
        "Complaint"
      ],
      "TransferQueues": [
        {
          "Number": 1,
          "Name": "Default Queue",
          "Count": 0,
          "CurrentWait": 0,
          "MaxSessions": 100
        }
      ],
      "SiteINI": ""
    }
  ]
}`,
  },
  {
    title: 'Clients (Event)',
    name: 'clients',
    json: String.raw`{
  "EventName": "clients",
  "Params": null,
  "Data": [
    {
      "ConnectionId": "65be1adac937df0f6f2582ff",
      "UserName": "thomas@mysite.com",
      "Name": "Thomas",
      "Dept": "",
      "Email": "thomas@mysite.com",
      "Status": 0,
      "StatusMessage": "",
      "Lang": "en",
      "Chats": 0,
      "MaxChats": 0,
      "MaxAsyncChats": 0,
      "Skills": "Sales,Support",
      "Rights": "NYYYYYYYNNNYYNYYN0",
      "Supervisor": false,
      "TeamLeader": false,
      "Admin": false,
      "Platform": "Win",
      "Version": "24.1.1",
      "IP": "192.168.10.43",
      "GroupId": "65c0b508c937df087364f71e",
      "GroupName": "Support",
      "HasPhoto": false,
      "IsBot": false
    },
    {
      "ConnectionId": "65be1afac937df06bb1c86d5",
      "UserName": "martin@mysite.com",
      "Name": "Martin",
      "Dept": "",
      "Email": "martin@mysite.com",
      "Status": 0,
      "StatusMessage": "",
      "Lang": "en",
      "Chats": 1,
      "MaxChats": 0,
      "MaxAsyncChats": 0,
      "Skills": "Support",
      "Rights": "YYYYYYYYYYNYYNYYY0",
      "Supervisor": false,
      "TeamLeader": false,
      "Admin": true,
      "Platform": ".NET Client",
      "Version": "18.0.0.492",
      "IP": "192.168.10.21",
      "GroupId": "",
      "GroupName": "",
      "HasPhoto": true,
      "IsBot": false
    }
  ]
}`,
  },
  {
    title: 'Chatting (Event)',
    name: 'chatting',
    json: String.raw`{
  "EventName": "chatting",
  "Params": null,
  "Data": [
    {
      "ChatUID": "65b3b5f6c937df03142c7e51",
      "SiteKey": 1,
      "IP": "195.62.193.194",
      "TrackingId": "",
      "Name": "Melina",
      "Dept": "Sales",
      "SkillIds": "65b3b5f6c937df03142c7e83",
      "SkillNames": "Sales",
      "WaitedSeconds": 13,
      "QueuePos": 0,
      "TalkingToClientId": "65be1afac937df06bb1c86d5",
      "Lang": "en",
      "Translation": false,
      "MonitoredBy": null,
      "Location": "United Kingdom - Stoke on Trent",
      "Channel": ""
    }
  ]
}`,
  },
  {
    title: 'MissedChats (Event)',
    name: 'missedchats',
    json: String.raw`{
  "EventName": "missedchats",
  "Header": null,
  "Data": [
    {
      "ChatUID": "65b3b5f6c937df03142c7e51",
      "SiteKey": 1,
      "IP": "195.62.193.194",
      "TrackingId": "",
      "VisitNo": 11,
      "DNS": "1234567890.test.com",
      "Location": "United Kingdom - Stoke on Trent",
      "Dept": "",
      "SkillIds": "65b3b5f6c937df03142c7e83",
      "SkillNames": "Sales",
      "Lang": "en",
      "Translation": false,
      "Started": "2019-09-15T11:25:04.543",
      "WaitedSeconds": 67,
      "Name": "Howard Williams",
      "Email": "howard@test.com",
      "Phone": "01782822577",
      "Message": "I need some support.. Could someone contact me.",
      "ResponseStarted": false,
      "ResponseStartedBy": "",
      "WantsCallback": true,
      "WantsCallbackOn": "2019-09-15T11:26:33.877"
    }
  ]
}`,
  },
  {
    title: 'Connected (Event)',
    name: 'connected',
    json: String.raw`{
  "EventName": "connected",
  "Params": [
    "65be1c5cc937df0b17ae1728"
  ],
  "Data": {
    "ApplicationName": "WhosOn",
    "Version": "10.1.1.1",
    "ClientVersion": "10.1.230.1",
    "ServerUid": "65d5c4bac937df0f60c916aa",
    "ServerGeoIPDate": "Jan 2024",
    "RegisteredUser": "My Company",
    "MaxUsers": 999,
    "MinimumPasswordLength": 8,
    "EvaluationVersion": false,
    "GatewayUrl": "https://gateway.mysite.com/",
    "GatewayAddress": "gateway.mysite.com",
    "GatewayPassthroughUrl": "https://gateway.mysite.com/p/xxxx",
    "ChatUrl": "https://chat.mysite.com/chat/",
    "AuthToken": ""
  }
}`,
  },
  {
    title: 'PasswordChanged (Event)',
    name: 'passwordchanged',
    json: String.raw`{
  "EventName": "passwordchanged",
  "Params": null,
  "Data": "newpassword"
}`,
  },
  {
    title: 'Msg (Event)',
    name: 'msg',
    json: String.raw`{
  "EventName": "msg",
  "Params": null,
  "Data": "Visitor Melina has already started chatting to Daniel"
}`,
  },
  {
    title: 'Msg (Event) — second login of the same user refused',
    name: 'msg',
    json: String.raw`{
  "EventName": "msg",
  "Params": null,
  "Data": "User already logged in."
}`,
  },
  {
    title: 'Error (Event)',
    name: 'error',
    json: String.raw`{
  "EventName": "error",
  "Params": null,
  "Data": "Access denied"
}`,
  },
  {
    title: 'Skills (Event)',
    name: 'skills',
    json: String.raw`{
  "EventName": "skills",
  "Params": null,
  "Data": [
    {
      "Id": "65c0ffd5c937df0b5f889938",
      "ParentId": "",
      "Name": "Sales",
      "CreatedByUser": "thomas@mysite.com",
      "SiteKeys": "1,2,3"
    },
    {
      "Id": "65c10033c937df02e0dd66ec",
      "ParentId": "",
      "Name": "Support",
      "CreatedByUser": "thomas@mysite.com",
      "SiteKeys": "1,2,4"
    }
  ]
}`,
  },
  {
    title: 'Documents (Event) — after login',
    name: 'documents',
    json: String.raw`{
  "EventName": "documents",
  "Params": null,
  "Data": [
    {
      "Id": "65b3b9cfc937df1341329981",
      "FileName": "quote.pdf",
      "Folder": "quotes/recent/",
      "MimeType": "application/pdf",
      "Dated": "2024-01-26T13:56:37.094+00:00",
      "LastAccessed": "2024-01-26T13:56:37.094+00:00",
      "Size": 2839455,
      "CreatedByUser": "thomas@mysite.com",
      "VisitorName": "",
      "VisitorUploaded": false,
      "SiteKey": 23,
      "Pinned": false,
      "SingleUse": false,
      "AccessCount": 23,
      "Base64": null
    },
    {
      "Id": "65b3b9cfc937df13413340043",
      "FileName": "quote2.pdf",
      "Folder": "quotes/recent/",
      "MimeType": "application/pdf",
      "Dated": "2024-01-26T13:56:37.094+00:00",
      "LastAccessed": "2024-01-26T13:56:37.094+00:00",
      "Size": 2839455,
      "CreatedByUser": "thomas@mysite.com",
      "VisitorName": "",
      "VisitorUploaded": false,
      "SiteKey": 23,
      "Pinned": false,
      "SingleUse": false,
      "AccessCount": 23,
      "Base64": null
    }
  ]
}`,
  },
  {
    title: 'AutoResponses (Event) — after login',
    name: 'autoresponses',
    json: String.raw`{
  "EventName": "autoresponses",
  "Params": null,
  "Data": [
    {
      "Id": "65b3b9cfc937df1341329981",
      "ParentId": "",
      "SortId": "",
      "Dated": "2024-01-26T13:56:37.094+00:00",
      "Subject": "What are your opening hours",
      "Content": "We are open from 9am to 5pm, Monday to Friday.",
      "DocumentId": "",
      "Tag": "",
      "KeywordsFixed": "",
      "SiteKeys": "1,2",
      "SkillIds": ""
    }
  ]
}`,
  },
  {
    title: 'ArticlesList (Event)',
    name: 'articlelist',
    json: String.raw`{
  "EventName": "articlelist",
  "Params": null,
  "Data": [
    {
      "Id": "65b3b9cfc937df1341329981",
      "ParentId": "",
      "SortId": "",
      "Subject": "Product Information",
      "SiteKeys": "1,2",
      "SkillIds": ""
    }
  ]
}`,
  },
  {
    title: 'Users (Event)',
    name: 'users',
    json: String.raw`{
  "EventName": "users",
  "Params": null,
  "Data": [
    {
      "UserName": "thomas@mysite.com",
      "Name": "Thomas",
      "Dept": "Support",
      "Email": "thomas@mysite.com",
      "Phone": "",
      "Title": "",
      "Lang": "en",
      "UTCBias": -5,
      "MaxChats": 0,
      "AutoAccept": false,
      "SiteKeys": "1,2",
      "SkillIds": "65c10033c937df02e0dd66ec,65c0ffd5c937df0b5f889938",
      "Rights": "NYYYYYYYNNNYYNYYN0",
      "IsAdmin": false,
      "IsSupervisor": false,
      "IsTeamLeader": false,
      "IsBot": false,
      "KeepLog": true,
      "SuggestResponses": true,
      "WorkPeriodId": "65c34f70c937df08d5e27426",
      "GroupId": "65b3b5f6c937df03142b2a23",
      "GroupName": "Support",
      "HasPhoto": true,
      "PhotoFileName": "thomas.png",
      "GreetingMessage": "Good %TimeOfDay% %Name%. My name is %MyName% how can I help you?",
      "ClientOptions": "Theme=Dark;AutoLogout=True;",
      "RequirePasswordReset": true,
      "SetPasswordTo": "",
      "BotSettings": null
    },
    {
      "UserName": "Kryten",
      "Name": "Kryten",
      "Dept": "",
      "Email": "",
      "Phone": "",
      "Title": "",
      "Lang": "en",
      "UTCBias": 0,
      "MaxChats": 99,
      "AutoAccept": false,
      "SiteKeys": "1010",
      "SkillIds": "",
      "Rights": "NNYYYNYYYYYYY0TrueNN",
      "IsAdmin": false,
      "IsSupervisor": false,
      "IsTeamLeader": false,
      "IsBot": true,
      "KeepLog": true,
      "SuggestResponses": false,
      "WorkPeriodId": "",
      "GroupId": "",
      "GroupName": "",
      "HasPhoto": false,
      "PhotoFileName": "",
      "GreetingMessage": "Good %TimeOfDay% %Name%. My name is %MyName% how can I help you?",
      "ClientOptions": "",
      "RequirePasswordReset": false,
      "SetPasswordTo": "",
      "BotSettings": {
        "Enabled": true,
        "UseLLM": true,
        "BotType": "LLM",
        "PickupSecsOpsOffline": 5,
        "PickupSecsOpsOnline": 30,
        "PickupOnlyWhenOpsOffline": false,
        "CloseIdleAfterSecs": 300,
        "FailAttempts": 3,
        "FailTransfer": true,
        "INI": ""
      }
    }
  ]
}`,
  },
  {
    title: 'UserGroups (Event)',
    name: 'usergroups',
    json: String.raw`{
  "EventName": "usergroups",
  "Params": null,
  "Data": [
    {
      "Id": "65b3b5f6c937df03142b2a23",
      "Name": "Support",
      "Dept": "",
      "MaxChats": 0,
      "AutoAccept": false,
      "SiteKeys": "1",
      "SkillIds": "",
      "Rights": "NNYNYYYYNNNYYNNYN0",
      "IsAdmin": false,
      "IsSupervisor": false,
      "SuggestResponses": true,
      "WorkPeriodId": "",
      "ModeratorList": "",
      "Lang": "Lang"
    }
  ]
}`,
  },
  {
    title: 'WorkPeriods (Event)',
    name: 'workperiods',
    json: String.raw`{
  "EventName": "workperiods",
  "Header": null,
  "Data": [
    {
      "Id": "65b3b5f6c937df03126a9c92",
      "Description": "Default Working Day",
      "CreatedByUser": "admin@mysite.com",
      "Day1": "09:00:00,12:30:00,13:00:00,17:30:00",
      "Day2": "09:00:00,12:30:00,13:00:00,17:30:00",
      "Day3": "09:00:00,12:30:00,13:00:00,17:30:00",
      "Day4": "09:00:00,12:30:00,13:00:00,17:30:00",
      "Day5": "09:00:00,12:30:00,13:00:00,17:30:00",
      "Day6": ",,",
      "Day7": ",,"
    }
  ]
}`,
  },
  {
    title: 'FromClient (Event)',
    name: 'fromclient',
    json: String.raw`{
  "EventName": "fromclient",
  "Params": [
    "65be1afac937df06bb1c86d5"
  ],
  "Data": "hello back"
}`,
  },
  {
    title: 'C1,C0 (Event) — c1',
    name: 'c1',
    json: String.raw`{
  "EventName": "c1",
  "Params": [
    "65be1afac937df06bb1c86d5"
  ],
  "Data": ""
}`,
  },
  {
    title: 'C1,C0 (Event) — c0',
    name: 'c0',
    json: String.raw`{
  "EventName": "c0",
  "Params": [
    "65be1afac937df06bb1c86d5"
  ],
  "Data": ""
}`,
  },
  {
    title: 'ClientChat (Event)',
    name: 'clientchat',
    json: String.raw`{
  "EventName": "clientchat",
  "Params": [
    "thomas@mysite.com"
  ],
  "Data": [
    {
      "Id": "65be1c5cc937df0b17ae1728",
      "Dated": "2019-10-05T22:59:07.553",
      "MyLine": true,
      "Text": "hello"
    },
    {
      "Id": "65be1c6ac937df0817058d4f",
      "Dated": "2019-10-05T19:05:49.707",
      "MyLine": true,
      "Text": "Hi.. this is a test"
    }
  ]
}`,
  },
  {
    title: 'ClientEvent (Event)',
    name: 'clientevent',
    json: String.raw`{
  "EventName": "clientevent",
  "Params": null,
  "Data": {
    "ConnectionId": "65be1ca7c937df08c475b522",
    "UserName": "thomas@mysite.com",
    "Name": "Thomas",
    "Dept": "",
    "Email": "thomas@mysite.com",
    "Status": 1,
    "StatusMessage": "some message",
    "Lang": "en",
    "Chats": 0,
    "MaxChats": 0,
    "MaxAyncChats": 0,
    "Skills": "",
    "Rights": "NYYYYYYYNNNYYNYYN0",
    "Supervisor": false,
    "TeamLeader": false,
    "Admin": false,
    "Platform": "Web",
    "Version": "19.1.1",
    "IP": "192.168.10.123",
    "GroupId": "",
    "GroupName": "",
    "HasPhoto": false,
    "IsBot": false
  }
}`,
  },
  {
    title: 'Status (Event)',
    name: 'status',
    json: String.raw`{
  "EventName": "status",
  "Params": null,
  "Data": "1"
}`,
  },
  {
    title: 'ClientRemove (Event)',
    name: 'clientremove',
    json: String.raw`{
  "EventName": "clientremove",
  "Params": null,
  "Data": "65be1ca7c937df08c475b522"
}`,
  },
  {
    title: 'When The WhosOn Server Closes Your Connection — close',
    name: 'close',
    json: String.raw`{
  "EventName": "close",
  "Header": null,
  "Data": null
}`,
  },
  {
    title: 'ChatChanged (Event) — new chat',
    name: 'chatchanged',
    json: String.raw`{
  "EventName": "chatchanged",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": {
    "ChatUID": "65b3b5f6c937df03142c7e51",
    "SiteKey": 1,
    "IP": "195.62.193.194",
    "TrackingId": "",
    "Name": "Howard Williams",
    "Dept": "",
    "SkillNames": "Sales",
    "WaitedSeconds": 0,
    "QueuePos": 0,
    "TalkingToClientId": "",
    "Lang": "en",
    "Translation": false,
    "MonitoredBy": null,
    "Location": "United Kingdom - Stoke on Trent",
    "Channel": ""
  }
}`,
  },
  {
    title: 'ChatChanged (Event) — picked up (WaitedSecs)',
    name: 'chatchanged',
    json: String.raw`{
  "EventName": "chatchanged",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": {
    "ChatUID": "65b3b5f6c937df03142c7e51",
    "SiteKey": 1,
    "IP": "195.62.193.194",
    "TrackingId": "",
    "Name": "Howard Williams",
    "Dept": "",
    "SkillNames": "Sales",
    "WaitedSecs": 5,
    "QueuePos": 0,
    "TalkingToClientId": "65be1ca7c937df08c475b522",
    "Lang": "en",
    "Translation": false,
    "MonitoredBy": "Thomas",
    "Location": "United Kingdom - Stoke on Trent",
    "Channel": ""
  }
}`,
  },
  {
    title: 'ChatClosed (Event) — Chatting Visitors',
    name: 'chatclosed',
    json: String.raw`{
  "EventName": "chatclosed",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": ""
}`,
  },
  {
    title: 'Chat (Event)',
    name: 'chat',
    json: String.raw`{
  "EventName": "chat",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "2",
    "Howard Williams",
    "Support",
    "Technical"
  ],
  "Data": ""
}`,
  },
  {
    title: 'ChatAccepted (Event)',
    name: 'chataccepted',
    json: String.raw`{
  "EventName": "chataccepted",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "Technical"
  ],
  "Data": ""
}`,
  },
  {
    title: 'ChatAccepted (Event) — msg (take refused)',
    name: 'msg',
    json: String.raw`{
  "EventName": "msg",
  "Params": null,
  "Data": "Visitor Test Visitor has already started talking to Thomas"
}`,
  },
  {
    title: 'AcceptChat (Event)',
    name: 'acceptchat',
    json: String.raw`{
  "EventName": "acceptchat",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "2",
    "Test Visitor",
    "Support",
    ""
  ],
  "Data": ""
}`,
  },
  {
    title: 'PreChatSurvey (Event)',
    name: 'prechatsurvey',
    json: String.raw`{
  "EventName": "prechatsurvey",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": [
    {
      "Name": "VisitorName",
      "Value": "Howard Williams",
      "BuiltInField": "visitor name"
    },
    {
      "Name": "Company",
      "Value": "Microsoft",
      "BuiltInField": "company name"
    }
  ]
}`,
  },
  {
    title: 'CurrentChat (Event)',
    name: 'currentchat',
    json: String.raw`{
  "EventName": "currentchat",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": {
    "ChatHeader": {
      "ChatUID": "65b3b5f6c937df03142c7e51",
      "SiteKey": 1,
      "IP": "195.62.193.194",
      "TrackingId": "",
      "DNS": "1234567890.test.com",
      "Location": "United Kingdom - Stoke on Trent",
      "VisitNo": 44,
      "TakenByUsers": "Thomas",
      "TakenByDept": "",
      "TakenByBot": false,
      "Started": "2019-09-24T07:39:18.923",
      "Finished": "2019-09-24T07:40:10.333",
      "WaitedSeconds": 6,
      "DurationSeconds": 51,
      "Lang": "en",
      "Translation": false,
      "Rating": 5,
      "Name": "Howard Williams",
      "Email": "howard@test.com",
      "Phone": "",
      "Missed": false,
      "MissedMessage": "",
      "MissedSeen": false,
      "MissedSeenByUserName": "",
      "MissedSeenOn": "0001-01-01T00:00:00",
      "MissedCallback": false,
      "MissedCallbackOn": "0001-01-01T00:00:00",
      "RequestedDept": "Sales",
      "SentimentScore": 100,
      "WrapUpValue": "Option 1",
      "Tags": [
        "Sales",
        "Quoted"
      ],
      "Summary": "I need some prices.",
      "Channel": "",
      "State": 0,
      "SkillNames": "",
      "TranscriptURL": ""
    },
    "PreChatSurvey": [
      {
        "Name": "Company",
        "Value": "Microsoft"
      }
    ],
    "PostChatSurvey": [
      {
        "Name": "Rating",
        "Value": "5"
      },
      {
        "Name": "transEmail",
        "Value": ""
      }
    ],
    "Lines": [
      {
        "Dated": "2019-09-24T07:39:18.08",
        "OperatorIndex": 99,
        "Message": "Please wait. An operator will be with you shortly."
      },
      {
        "Dated": "2019-09-24T07:39:21.03",
        "OperatorIndex": 1,
        "Message": "Good Morning Howard. My name is Thomas how can I help you?"
      },
      {
        "Dated": "2019-09-24T07:39:27.363",
        "OperatorIndex": 1,
        "Message": "Hello"
      },
      {
        "Dated": "2019-09-24T07:39:35.127",
        "OperatorIndex": 0,
        "Message": "Hi.. I need some prices"
      },
      {
        "Dated": "2019-09-24T07:39:39.05",
        "OperatorIndex": 1,
        "Message": "which product"
      },
      {
        "Dated": "2019-09-24T07:39:42.127",
        "OperatorIndex": 0,
        "Message": "WhosOn"
      },
      {
        "Dated": "2019-09-24T07:39:53.96",
        "OperatorIndex": 1,
        "Message": "ok i will send a quote. What is your email address?"
      },
      {
        "Dated": "2019-09-24T07:40:01.937",
        "OperatorIndex": 0,
        "Message": "howard@test.com"
      },
      {
        "Dated": "2019-09-24T07:40:07.417",
        "OperatorIndex": 1,
        "Message": "Thanks"
      }
    ],
    "VisitDetail": {
      "SiteKey": 1,
      "SiteName": "My Company",
      "IP": "195.62.193.194",
      "TrackingId": "1234.4567890",
      "DNS": "1234567890.test.com",
      "VisitNo": 44,
      "TotalVisits": 44,
      "Browser": "Chrome 76",
      "OS": "Windows 10",
      "Referrer": "https://chat.mysite.com/newchat/chat.aspx",
      "SessionStarted": "2019-09-24T07:39:13.287",
      "Chatting": true,
      "ChattingLanguage": "",
      "ChattingTranslate": false,
      "PageViews": 3,
      "FirstPage": "index.htm",
      "FirstVisit": "2019-09-10T14:44:47.263",
      "ContactName": "Howard Williams",
      "ContactEmail": "howard@test.com",
      "ContactCompany": "Microsoft",
      "ContactTelephone": "01782822577",
      "ContactNotes": "",
      "ContactStreet": "",
      "ContactCity": "",
      "ContactPostCode": "",
      "ContactCountry": "",
      "ContactWebAddress": "",
      "ContactOrganization": "",
      "CRMId": "",
      "Pages": [
        {
          "Dated": "2019-09-24T07:39:00.117",
          "Name": "index.aspx"
        },
        {
          "Dated": "2019-09-24T07:39:13.287",
          "Name": "chat.aspx"
        }
      ],
      "GeoIP": {
        "IP": "195.62.193.194",
        "CountryName": "United Kingdom",
        "CountryISO": "GB",
        "City": "Stoke-on-Trent",
        "PostCode": "ST1",
        "MetroCode": "",
        "Latitude": 53.0278,
        "Longitude": -2.1658,
        "Radius": 20,
        "ISP": "Internet Central Limited",
        "Organization": "Parker Software"
      }
    }
  }
}`,
  },
  {
    title: 'Transfer (Event) — Chat Requests',
    name: 'transfer',
    json: String.raw`{
  "EventName": "transfer",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "65be1ca7c937df08c475b522",
    "Please pick up the chat session for visitor Test Visitor."
  ],
  "Data": ""
}`,
  },
  {
    title: 'ChatClosed (Event) — Chat Requests',
    name: 'chatclosed',
    json: String.raw`{
  "EventName": "chatclosed",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": ""
}`,
  },
  {
    title: 'SendToFiltered (Event)',
    name: 'sendtofiltered',
    json: String.raw`{
  "EventName": "SendToFiltered",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "The word ********* should be filtered.<original>The word testfilter should be filtered.</original>"
}`,
  },
  {
    title: 'SendToTranslated (Event)',
    name: 'sendtotranslated',
    json: String.raw`{
  "EventName": "SendToTranslated",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "Hello. How can I help?<translated>Salut. Comment puis-je aider?</Translated>"
}`,
  },
  {
    title: 'Transfer (Event) — Transfers',
    name: 'transfer',
    json: String.raw`{
  "EventName": "transfer",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "65be1e38c937df06329af6f6",
    "Please pickup transfer request."
  ],
  "Data": ""
}`,
  },
  {
    title: 'VisitDetailChat (Event)',
    name: 'visitdetailchat',
    json: String.raw`{
  "EventName": "visitdetailchat",
  "Params": [
    "1",
    "195.62.193.194",
    "123-4567890123",
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": {
    "SiteKey": 1,
    "SiteName": "My Company",
    "IP": "195.62.193.194",
    "TrackingId": "123-4567890123",
    "DNS": "1234567890.test.com",
    "VisitNo": 1,
    "TotalVisits": 15,
    "Browser": "Chrome 76",
    "OS": "Windows 10",
    "Referrer": "https://chat.mysite.com/newchat/chat.aspx",
    "SessionStarted": "2019-09-10T14:44:47.263",
    "Chatted": true,
    "ChattedLanguage": "",
    "ChattedTranslate": false,
    "PageViews": 1,
    "FirstPage": "index.aspx",
    "FirstVisit": "2019-09-10T14:44:47.263",
    "ContactName": "Howard Williams",
    "ContactEmail": "howard@test.com",
    "ContactCompany": "Microsoft",
    "ContactTelephone": "01782822577",
    "ContactNotes": "",
    "ContactStreet": "",
    "ContactCity": "",
    "ContactPostCode": "",
    "ContactCountry": "",
    "ContactWebAddress": "",
    "ContactOrganization": "",
    "ContactDated": "2019-09-10T14:45:00",
    "CRMId": "",
    "Pages": [
      {
        "Dated": "2019-09-10T14:44:01.321",
        "Name": "index.aspx"
      },
      {
        "Dated": "2019-09-10T14:44:47.263",
        "Name": "chat.aspx"
      }
    ],
    "GeoIP": {
      "IP": "195.62.193.194",
      "CountryName": "United Kingdom",
      "CountryISO": "GB",
      "City": "Stoke-on-Trent",
      "PostCode": "ST1",
      "MetroCode": "",
      "Latitude": 53.0278,
      "Longitude": -2.1658,
      "Radius": 20,
      "ISP": "Internet Central Limited",
      "Organization": "Parker Software"
    }
  }
}`,
  },
  {
    title: 'Message (Event)',
    name: 'message',
    json: String.raw`{
  "EventName": "message",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "Do you offer an on-premises version?"
}`,
  },
  {
    title: 'Server Response Suggestion — message with <Suggestions>',
    name: 'message',
    json: String.raw`{
  "EventName": "message",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "Do you offer an on-premises version?<Suggestions><Suggest><Content>Yes, we offer an on-premises version.</Content></Suggest><Suggestions>"
}`,
  },
  {
    title: 'Server Response Suggestion — message with a suggested document',
    name: 'message',
    json: String.raw`{
  "EventName": "message",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "Do you offer an on-premises version?<Suggestions>\n    <Suggest>\n        <Content>Yes, we offer an on-premises version, please see this document for details</Content>\n        <DocumentId>65c10033c937df02e0dd66ec</DocumentId>\n    </Suggest> \n</Suggestions>"
}`,
  },
  {
    title: 'Translated Text — message with <translated>',
    name: 'message',
    json: String.raw`{
  "EventName": "message",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "Proposez-vous une version sur site ?<translated>Do you offer an on-premises version?</translated>"
}`,
  },
  {
    title: 'MessageServer (Event)',
    name: 'messageserver',
    json: String.raw`{
  "EventName": "messageserver",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "You havent said anything for 1 minute. Are you still there?"
}`,
  },
  {
    title: '1 (Event)',
    name: '1',
    json: String.raw`{
  "EventName": "1",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": ""
}`,
  },
  {
    title: '0 (Event)',
    name: '0',
    json: String.raw`{
  "EventName": "0",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": ""
}`,
  },
  {
    title: 'Preview (Event)',
    name: 'preview',
    json: String.raw`{
  "EventName": "preview",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "Do you offer a on-pr"
}`,
  },
  {
    title: 'Document Uploads — message with <link>',
    name: 'message',
    json: String.raw`{
  "EventName": "message",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "<link><url>https://gateway.mysite.com/p/609EAD1749470415A81EFB97B28ADAC15A8B0699/document?id=65b3b9cfc937df1341329981</url><name>quote.pdf</name></link>"
}`,
  },
  {
    title: 'PostChatSurvey (Event)',
    name: 'postchatsurvey',
    json: String.raw`{
  "EventName": "postchatsurvey",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": [
    {
      "Name": "Rating",
      "Value": "5",
      "BuiltInField": "chat rating"
    },
    {
      "Name": "FoundBy",
      "Value": "Google",
      "BuiltInField": ""
    }
  ]
}`,
  },
  {
    title: 'ChatScored (Event)',
    name: 'chatscored',
    json: String.raw`{
  "EventName": "chatscored",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "85"
}`,
  },
  {
    title: 'Accepted (Event)',
    name: 'accepted',
    json: String.raw`{
  "EventName": "accepted",
  "Params": null,
  "Data": null
}`,
  },
  {
    title: 'Monitoring (Event)',
    name: 'monitoring',
    json: String.raw`{
  "EventName": "monitoring",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "65be1e8ec937df0cf801e209"
  ],
  "Data": ""
}`,
  },
  {
    title: 'MonitoredChat (Event)',
    name: 'monitoredchat',
    json: String.raw`{
  "EventName": "monitoredchat",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": {
    "ChatHeader": {
      "ChatUID": "65b3b5f6c937df03142c7e51",
      "SiteKey": 1,
      "IP": "195.62.193.194",
      "TrackingId": "",
      "DNS": "1234567890.test.com",
      "Location": "United Kingdom - Stoke on Trent",
      "VisitNo": 44,
      "TakenByUsers": "Thomas",
      "TakenByDept": "",
      "TakenByBot": false,
      "Started": "2019-09-24T07:39:18.923",
      "Finished": "2019-09-24T07:40:10.333",
      "WaitedSeconds": 6,
      "DurationSeconds": 51,
      "Lang": "en",
      "Translation": false,
      "Rating": 5,
      "Name": "Howard Williams",
      "Email": "howard@test.com",
      "Phone": "",
      "Missed": false,
      "MissedMessage": "",
      "MissedSeen": false,
      "MissedSeenByUserName": "",
      "MissedSeenOn": "0001-01-01T00:00:00",
      "MissedCallback": false,
      "MissedCallbackOn": "0001-01-01T00:00:00",
      "RequestedDept": "Sales",
      "SentimentScore": 100,
      "WrapUpValue": "Option 1",
      "Tags": [
        "Sales",
        "Quoted"
      ],
      "Summary": "I need some prices.",
      "Channel": "",
      "State": 0,
      "SkillNames": "",
      "TranscriptURL": ""
    },
    "PreChatSurvey": [
      {
        "Name": "Company",
        "Value": "Microsoft"
      }
    ],
    "PostChatSurvey": [
      {
        "Name": "Rating",
        "Value": "5"
      },
      {
        "Name": "transEmail",
        "Value": ""
      }
    ],
    "Lines": [
      {
        "Dated": "2019-09-24T07:39:18.08",
        "OperatorIndex": 99,
        "Message": "Please wait. An operator will be with you shortly."
      },
      {
        "Dated": "2019-09-24T07:39:21.03",
        "OperatorIndex": 1,
        "Message": "Good Morning Howard. My name is Thomas how can I help you?"
      },
      {
        "Dated": "2019-09-24T07:39:27.363",
        "OperatorIndex": 1,
        "Message": "Hello"
      },
      {
        "Dated": "2019-09-24T07:39:35.127",
        "OperatorIndex": 0,
        "Message": "Hi.. I need some prices"
      },
      {
        "Dated": "2019-09-24T07:39:39.05",
        "OperatorIndex": 1,
        "Message": "which product"
      },
      {
        "Dated": "2019-09-24T07:39:42.127",
        "OperatorIndex": 0,
        "Message": "WhosOn"
      },
      {
        "Dated": "2019-09-24T07:39:53.96",
        "OperatorIndex": 1,
        "Message": "ok i will send a quote. What is your email address?"
      },
      {
        "Dated": "2019-09-24T07:40:01.937",
        "OperatorIndex": 0,
        "Message": "howard@test.com"
      },
      {
        "Dated": "2019-09-24T07:40:07.417",
        "OperatorIndex": 1,
        "Message": "Thanks"
      }
    ],
    "VisitDetail": {
      "SiteKey": 1,
      "SiteName": "My Company",
      "IP": "195.62.193.194",
      "TrackingId": "1234.4567890",
      "DNS": "1234567890.test.com",
      "VisitNo": 44,
      "TotalVisits": 44,
      "Browser": "Chrome 76",
      "OS": "Windows 10",
      "Referrer": "https://chat.mysite.com/newchat/chat.aspx",
      "SessionStarted": "2019-09-24T07:39:13.287",
      "Chatting": true,
      "ChattingLanguage": "",
      "ChattingTranslate": false,
      "PageViews": 3,
      "FirstPage": "index.htm",
      "FirstVisit": "2019-09-10T14:44:47.263",
      "ContactName": "Howard Williams",
      "ContactEmail": "howard@test.com",
      "ContactCompany": "Microsoft",
      "ContactTelephone": "01782822577",
      "ContactNotes": "",
      "ContactStreet": "",
      "ContactCity": "",
      "ContactPostCode": "",
      "ContactCountry": "",
      "ContactWebAddress": "",
      "ContactOrganization": "",
      "CRMId": "",
      "Pages": [
        {
          "Dated": "2019-09-24T07:39:00.117",
          "Name": "index.aspx"
        },
        {
          "Dated": "2019-09-24T07:39:13.287",
          "Name": "chat.aspx"
        }
      ],
      "GeoIP": {
        "IP": "195.62.193.194",
        "CountryName": "United Kingdom",
        "CountryISO": "GB",
        "City": "Stoke-on-Trent",
        "PostCode": "ST1",
        "MetroCode": "",
        "Latitude": 53.0278,
        "Longitude": -2.1658,
        "Radius": 20,
        "ISP": "Internet Central Limited",
        "Organization": "Parker Software"
      }
    }
  }
}`,
  },
  {
    title: 'MonitorC (Event)',
    name: 'monitorc',
    json: String.raw`{
  "EventName": "monitorc",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "Daniel"
  ],
  "Data": "message"
}`,
  },
  {
    title: 'MonitorV (Event)',
    name: 'monitorv',
    json: String.raw`{
  "EventName": "monitorv",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "Daniel"
  ],
  "Data": "message"
}`,
  },
  {
    title: 'M1,M0,MC1,MC0 - Typing Status (Event) — mc1',
    name: 'mc1',
    json: String.raw`{
  "EventName": "mc1",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "Thomas"
}`,
  },
  {
    title: 'M1,M0,MC1,MC0 - Typing Status (Event) — mc0',
    name: 'mc0',
    json: String.raw`{
  "EventName": "mc0",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "Thomas"
}`,
  },
  {
    title: 'M1,M0,MC1,MC0 - Typing Status (Event) — m1',
    name: 'm1',
    json: String.raw`{
  "EventName": "m1",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": ""
}`,
  },
  {
    title: 'M1,M0,MC1,MC0 - Typing Status (Event) — m0',
    name: 'm0',
    json: String.raw`{
  "EventName": "m0",
  "Header": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": ""
}`,
  },
  {
    title: 'MCW1/MCW0 (Event)',
    name: 'mcw1',
    json: String.raw`{
  "EventName": "mcw1",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "Stephen"
  ],
  "Data": ""
}`,
  },
  {
    title: 'Whisper (Event)',
    name: 'whisper',
    json: String.raw`{
  "EventName": "whisper",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "Stephen"
  ],
  "Data": "I think that product is discontinued. Check first before you answer."
}`,
  },
  {
    title: 'RequestMonitor (Event)',
    name: 'requestmonitor',
    json: String.raw`{
  "EventName": "requestmonitor",
  "Params": [
    "2",
    "65b3b5f6c937df03142c7e51",
    "Howard Williams",
    "Thomas",
    "65be1e8ec937df0cf801e209"
  ],
  "Data": "message"
}`,
  },
  {
    title: 'MonitorStop (Event)',
    name: 'monitorstop',
    json: String.raw`{
  "EventName": "monitorstop",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "Thomas"
  ],
  "Data": ""
}`,
  },
  {
    title: 'ChatAquired (Event)',
    name: 'chataquired',
    json: String.raw`{
  "EventName": "chataquired",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "Thomas"
  ],
  "Data": ""
}`,
  },
  {
    title: 'TransferConfirmed (Event)',
    name: 'transferconfirmed',
    json: String.raw`{
  "EventName": "transferconfirmed",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": ""
}`,
  },
  {
    title: 'Chats (Event)',
    name: 'chats',
    json: String.raw`{
  "EventName": "chats",
  "Params": [
    "1",
    "2019-09-24"
  ],
  "Data": [
    {
      "ChatUID": "65b3b5f6c937df03142c7e51",
      "SiteKey": 1,
      "IP": "195.62.193.194",
      "TrackingId": "",
      "DNS": "1234567890.test.com",
      "Location": "United Kingdom - Stoke on Trent",
      "VisitNo": 44,
      "TakenByUsers": "Thomas",
      "TakenByDept": "",
      "TakenByBot": false,
      "Started": "2019-09-24T07:39:18.923",
      "Finished": "2019-09-24T07:40:10.333",
      "WaitedSeconds": 0,
      "DurationSeconds": 51,
      "Lang": "en",
      "Translation": false,
      "Rating": 5,
      "Name": "Howard Williams",
      "Email": "howard@test.com",
      "Phone": "",
      "Missed": false,
      "MissedMessage": "",
      "MissedSeen": false,
      "MissedSeenByUserName": "",
      "MissedSeenOn": "0001-01-01T00:00:00",
      "MissedCallback": false,
      "MissedCallbackOn": "0001-01-01T00:00:00",
      "RequestedDept": "",
      "SentimentScore": 100,
      "WrapUpValue": "Option 1",
      "Tags": [
        "Sales",
        "Quoted"
      ],
      "Summary": "I need some prices.",
      "Channel": "",
      "State": 0,
      "SkillNames": "",
      "TranscriptURL": ""
    }
  ]
}`,
  },
  {
    title: 'ChatDetail (Event)',
    name: 'chatdetail',
    json: String.raw`{
  "EventName": "chatdetail",
  "Params": [
    "1",
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": {
    "ChatHeader": {
      "ChatUID": "65b3b5f6c937df03142c7e51",
      "SiteKey": 1,
      "IP": "195.62.193.194",
      "TrackingId": "",
      "DNS": "1234567890.test.com",
      "Location": "United Kingdom - Stoke on Trent",
      "VisitNo": 44,
      "TakenByUsers": "Thomas",
      "TakenByDept": "",
      "TakenByBot": false,
      "Started": "2019-09-24T07:39:18.923",
      "Finished": "2019-09-24T07:40:10.333",
      "WaitedSeconds": 6,
      "DurationSeconds": 51,
      "Lang": "en",
      "Translation": false,
      "Rating": 5,
      "Name": "Howard Williams",
      "Email": "howard@test.com",
      "Phone": "",
      "Missed": false,
      "MissedMessage": "",
      "MissedSeen": false,
      "MissedSeenByUserName": "",
      "MissedSeenOn": "0001-01-01T00:00:00",
      "MissedCallback": false,
      "MissedCallbackOn": "0001-01-01T00:00:00",
      "RequestedDept": "Sales",
      "SentimentScore": 100,
      "WrapUpValue": "Option 1",
      "Tags": [
        "Sales",
        "Quoted"
      ],
      "Summary": "I need some prices.",
      "Channel": "",
      "State": 0,
      "SkillNames": "",
      "TranscriptURL": ""
    },
    "PreChatSurvey": [
      {
        "Name": "Company",
        "Value": "Microsoft"
      }
    ],
    "PostChatSurvey": [
      {
        "Name": "Rating",
        "Value": "5"
      },
      {
        "Name": "transEmail",
        "Value": ""
      }
    ],
    "Lines": [
      {
        "Dated": "2019-09-24T07:39:18.08",
        "OperatorIndex": 99,
        "Message": "Please wait. An operator will be with you shortly."
      },
      {
        "Dated": "2019-09-24T07:39:21.03",
        "OperatorIndex": 1,
        "Message": "Good Morning Howard. My name is Thomas how can I help you?"
      },
      {
        "Dated": "2019-09-24T07:39:27.363",
        "OperatorIndex": 1,
        "Message": "Hello"
      },
      {
        "Dated": "2019-09-24T07:39:35.127",
        "OperatorIndex": 0,
        "Message": "Hi.. I need some prices"
      },
      {
        "Dated": "2019-09-24T07:39:39.05",
        "OperatorIndex": 1,
        "Message": "which product"
      },
      {
        "Dated": "2019-09-24T07:39:42.127",
        "OperatorIndex": 0,
        "Message": "WhosOn"
      },
      {
        "Dated": "2019-09-24T07:39:53.96",
        "OperatorIndex": 1,
        "Message": "ok i will send a quote. What is your email address?"
      },
      {
        "Dated": "2019-09-24T07:40:01.937",
        "OperatorIndex": 0,
        "Message": "howard@test.com"
      },
      {
        "Dated": "2019-09-24T07:40:07.417",
        "OperatorIndex": 1,
        "Message": "Thanks"
      }
    ],
    "VisitDetail": {
      "SiteKey": 1,
      "SiteName": "My Company",
      "IP": "195.62.193.194",
      "TrackingId": "1234.4567890",
      "DNS": "1234567890.test.com",
      "VisitNo": 44,
      "TotalVisits": 44,
      "Browser": "Chrome 76",
      "OS": "Windows 10",
      "Referrer": "https://chat.mysite.com/newchat/chat.aspx",
      "SessionStarted": "2019-09-24T07:39:13.287",
      "Chatting": true,
      "ChattingLanguage": "",
      "ChattingTranslate": false,
      "PageViews": 3,
      "FirstPage": "index.htm",
      "FirstVisit": "2019-09-10T14:44:47.263",
      "ContactName": "Howard Williams",
      "ContactEmail": "howard@test.com",
      "ContactCompany": "Microsoft",
      "ContactTelephone": "01782822577",
      "ContactNotes": "",
      "ContactStreet": "",
      "ContactCity": "",
      "ContactPostCode": "",
      "ContactCountry": "",
      "ContactWebAddress": "",
      "ContactOrganization": "",
      "CRMId": "",
      "Pages": [
        {
          "Dated": "2019-09-24T07:39:00.117",
          "Name": "index.aspx"
        },
        {
          "Dated": "2019-09-24T07:39:13.287",
          "Name": "chat.aspx"
        }
      ],
      "GeoIP": {
        "IP": "195.62.193.194",
        "CountryName": "United Kingdom",
        "CountryISO": "GB",
        "City": "Stoke-on-Trent",
        "PostCode": "ST1",
        "MetroCode": "",
        "Latitude": 53.0278,
        "Longitude": -2.1658,
        "Radius": 20,
        "ISP": "Internet Central Limited",
        "Organization": "Parker Software"
      }
    }
  }
}`,
  },
  {
    title: 'PrevChatsForIP (Event)',
    name: 'prevchatsforip',
    json: String.raw`{
  "EventName": "prevchatsforip",
  "Params": [
    "1",
    "196.32.13.56"
  ],
  "Data": [
    {
      "ChatUID": "65b3b5f6c937df03142c7e51",
      "Name": "Howard Williams",
      "StartDate": "2024-01-01 09:01:01",
      "TakenByUsers": "thomas@mysite.com",
      "TakenByDept": "support",
      "Duration": 500
    }
  ]
}`,
  },
  {
    title: 'DeletedChats (Event)',
    name: 'deletedchats',
    json: String.raw`{
  "EventName": "deletedchats",
  "Params": [
    "1"
  ],
  "Data": "65b3b5f6c937df03142c7e51,65b3b5f6c937df03142c7e52"
}`,
  },
  {
    title: 'ChatSearch (Event)',
    name: 'chatsearch',
    json: String.raw`{
  "EventName": "chatsearch",
  "Params": [
    "1",
    "2019-09-24",
    "2019-09-24"
  ],
  "Data": [
    {
      "ChatUID": "65b3b5f6c937df03142c7e51",
      "SiteKey": 1,
      "IP": "195.62.193.194",
      "TrackingId": "",
      "DNS": "1234567890.test.com",
      "Location": "United Kingdom - Stoke on Trent",
      "VisitNo": 44,
      "TakenByUsers": "Thomas",
      "TakenByDept": "",
      "TakenByBot": false,
      "Started": "2019-09-24T07:39:18.923",
      "Finished": "2019-09-24T07:40:10.333",
      "WaitedSeconds": 8,
      "DurationSeconds": 51,
      "Lang": "en",
      "Translation": false,
      "Rating": 5,
      "Name": "Howard Williams",
      "Email": "howard@test.com",
      "Phone": "",
      "Missed": false,
      "MissedMessage": "",
      "MissedSeen": false,
      "MissedSeenByUserName": "",
      "MissedSeenOn": "0001-01-01T00:00:00",
      "MissedCallback": false,
      "MissedCallbackOn": "0001-01-01T00:00:00",
      "RequestedDept": "",
      "SentimentScore": 100,
      "WrapUpValue": "Option 1",
      "Tags": [
        "Sales"
      ],
      "Summary": "I need some prices.",
      "Channel": "",
      "State": 0,
      "SkillNames": "",
      "TranscriptURL": ""
    }
  ]
}`,
  },
  {
    title: 'MissedChat (Event)',
    name: 'missedchat',
    json: String.raw`{
  "EventName": "missedchat",
  "Params": null,
  "Data": {
    "ChatUID": "65b3b5f6c937df03142c7e51",
    "SiteKey": 1,
    "IP": "195.62.193.194",
    "TrackingId": "",
    "VisitNo": 11,
    "DNS": "1234567890.test.com",
    "Location": "United Kingdom - Stoke on Trent",
    "Dept": "",
    "SkillNames": "Sales,Quote",
    "Lang": "en",
    "Translation": false,
    "Started": "2019-09-15T11:25:04.543",
    "WaitedSeconds": 6,
    "Name": "Howard Williams",
    "Email": "howard@test.com",
    "Phone": "01782822577",
    "Message": "I need some support.. Could someone contact me.",
    "ResponseStarted": false,
    "ResponseStartedBy": "",
    "WantsCallback": true,
    "WantsCallbackOn": "2019-09-15T11:26:33.877"
  }
}`,
  },
  {
    title: 'MissedChatResponding (Command) — msg (already responding)',
    name: 'msg',
    json: String.raw`{
  "EventName": "msg",
  "Params": null,
  "Data": "Missed chat with Melina is currently being responded to by Thomas"
}`,
  },
  {
    title: 'MissedChatClosed (Event)',
    name: 'missedchatclosed',
    json: String.raw`{
  "EventName": "MissedChatClosed",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": ""
}`,
  },
  {
    title: 'ChatCallBackEvent (Event)',
    name: 'chatcallbackevent',
    json: String.raw`{
  "EventName": "chatcallbackevent",
  "Params": null,
  "Data": {
    "ID": 1,
    "SiteKey": 1,
    "ChatUID": "jl8a91yj4c",
    "FromNumber": "01782822577",
    "ToNumber": "07799123456",
    "UserName": "thomas@mysite.com",
    "VisitorName": "Howard",
    "CallStarted": "2019-09-15T14:04:57.193",
    "CallStatus": "in-progress",
    "CallRecordingURL": "",
    "TranscriptLine": "Call connected."
  }
}`,
  },
  {
    title: 'AutoResponses (Event) — Auto Responses',
    name: 'autoresponses',
    json: String.raw`{
  "EventName": "autoresponses",
  "Params": null,
  "Data": [
    {
      "Id": "65c49ff2c937df00af7fa0fd",
      "ParentId": "",
      "SortId": "",
      "Dated": "2024-01-26T13:56:37.094+00:00",
      "Subject": "What are your opening hours",
      "Content": "We are open from 9am to 5pm, Monday to Friday.",
      "DocumentId": "",
      "Tag": "",
      "KeywordsFixed": "",
      "SiteKeys": "1,2",
      "SkillIds": ""
    }
  ]
}`,
  },
  {
    title: 'AutoResponse (Event)',
    name: 'autoresponse',
    json: String.raw`{
  "EventName": "autoresponse",
  "Params": null,
  "Data": {
    "Id": "65c49ff2c937df00af7fa0fd",
    "ParentId": "",
    "SortId": "",
    "Dated": "2024-01-26T13:56:37.094+00:00",
    "Subject": "What are your opening hours",
    "Content": "We are open from 9am to 5pm, Monday to Friday.",
    "DocumentId": "",
    "Tag": "",
    "KeywordsFixed": "",
    "SiteKeys": "1,2",
    "SkillIds": "65c0ffd5c937df0b5f889938"
  }
}`,
  },
  {
    title: 'AutoResponseDeleted (Event)',
    name: 'autoresponsedeleted',
    json: String.raw`{
  "EventName": "autoresponsedeleted",
  "Params": null,
  "Data": "id1,id2"
}`,
  },
  {
    title: 'ArticleList (Event)',
    name: 'articlelist',
    json: String.raw`{
  "EventName": "articlelist",
  "Params": null,
  "Data": [
    {
      "Id": "65b3b9cfc937df1341329981",
      "ParentId": "",
      "SortId": "",
      "Subject": "Product Information",
      "SiteKeys": "1,2",
      "SkillIds": "65c0ffd5c937df0b5f889938"
    }
  ]
}`,
  },
  {
    title: 'ArticleDetail (Event)',
    name: 'articledetail',
    json: String.raw`{
  "EventName": "articledetail",
  "Params": null,
  "Data": {
    "Id": "65b3b9cfc937df1341329981",
    "ParentId": "",
    "SortId": "",
    "Dated": "2024-01-26T13:56:37.094+00:00",
    "Subject": "Product Information",
    "Content": "We offer the following products ....",
    "DocumentId": "",
    "Tag": "",
    "KeywordsFixed": "",
    "SiteKeys": "1,2",
    "SkillIds": "65c0ffd5c937df0b5f889938"
  }
}`,
  },
  {
    title: 'Article (Event)',
    name: 'article',
    json: String.raw`{
  "EventName": "article",
  "Params": null,
  "Data": {
    "Id": "65b3b9cfc937df1341329981",
    "ParentId": "",
    "SortId": "",
    "Subject": "Product Information",
    "SiteKeys": "1,2",
    "SkillIds": ""
  }
}`,
  },
  {
    title: 'ArticleDeleted (Event)',
    name: 'articledeleted',
    json: String.raw`{
  "EventName": "articledeleted",
  "Params": null,
  "Data": "id1,id2"
}`,
  },
  {
    title: 'ArticleSearch (Event)',
    name: 'articlesearch',
    json: String.raw`{
  "EventName": "articlesearch",
  "Params": null,
  "Data": {
    "SiteKey": 1010,
    "SearchTerm": "How do I login?",
    "Articles": [
      {
        "Id": "65e418fcc937df016e647852",
        "Subject": "How do I login?",
        "Content": "You login using the Login command.\r\n",
        "DocumentId": "",
        "Similarity": 1,
        "Tokens": 0
      },
      {
        "Id": "65e41911c937df130398c4b2",
        "Subject": "Login (Command)",
        "Content": "To login, send your username and password.",
        "DocumentId": "",
        "Similarity": 0.117647058823529,
        "Tokens": 0
      }
    ]
  }
}`,
  },
  {
    title: 'Suggestion (Event)',
    name: 'suggestion',
    json: String.raw`{
  "EventName": "suggestion",
  "Params": null,
  "Data": {
    "SiteKey": 2,
    "SearchTerm": "What is your telephone number?",
    "Content": "Our telephone number is 800 1234 5678",
    "DocumentId": ""
  }
}`,
  },
  {
    title: 'Documents (Event) — Documents',
    name: 'documents',
    json: String.raw`{
  "EventName": "documents",
  "Params": null,
  "Data": [
    {
      "Id": "65b3b9cfc937df1341329981",
      "FileName": "quote.pdf",
      "Folder": "quotes/recent/",
      "MimeType": "application/pdf",
      "Dated": "2024-01-26T13:56:37.094+00:00",
      "LastAccessed": "2024-01-26T13:56:37.094+00:00",
      "Size": 2839455,
      "CreatedByUser": "thomas@mysite.com",
      "VisitorName": "",
      "VisitorUploaded": false,
      "SiteKey": 23,
      "Pinned": false,
      "SingleUse": false,
      "AccessCount": 23,
      "Url": "https://gateway.mysite.com/p/609EAD1749470415A81EFB97B28ADAC15A8B0699/document?id=65b3b9cfc937df1341329981",
      "Base64": null
    }
  ]
}`,
  },
  {
    title: 'Document (Event)',
    name: 'document',
    json: String.raw`{
  "EventName": "document",
  "Params": null,
  "Data": {
    "Id": "65b3b9cfc937df1341329981",
    "FileName": "quote.pdf",
    "Folder": "quotes/recent/",
    "MimeType": "application/pdf",
    "Dated": "2024-01-26T13:56:37.094+00:00",
    "LastAccessed": "2024-01-26T13:56:37.094+00:00",
    "Size": 2839455,
    "CreatedByUser": "thomas@mysite.com",
    "VisitorName": "",
    "VisitorUploaded": false,
    "SiteKey": 23,
    "Pinned": false,
    "SingleUse": false,
    "AccessCount": 23,
    "Url": "https://gateway.mysite.com/p/609EAD1749470415A81EFB97B28ADAC15A8B0699/document?id=65b3b9cfc937df1341329981",
    "Base64": "base64encodedcontent"
  }
}`,
  },
  {
    title: 'DeletedDocuments (Event)',
    name: 'deleteddocuments',
    json: String.raw`{
  "EventName": "deleteddocuments",
  "Params": null,
  "Data": "id1,id2"
}`,
  },
  {
    title: 'UserPhoto (Event)',
    name: 'userphoto',
    json: String.raw`{
  "EventName": "userphoto",
  "Params": [
    "thomsas@mysite.com"
  ],
  "Data": {
    "UserName": "thomas@mysite.com",
    "FileName": "image.png",
    "Base64": "{base64data}"
  }
}`,
  },
  {
    title: 'MonthySummary (Event)',
    name: 'monthsummary',
    json: String.raw`{
  "EventName": "monthsummary",
  "Params": [
    "1"
  ],
  "Data": [
    {
      "SiteKey": 1,
      "Dated": "2024-01-01",
      "PeakTime": "13:30:30",
      "Total": 100,
      "New": 75,
      "Views": 300,
      "Peak": 200,
      "Chats": 23,
      "ChatsMissed": 2,
      "ChatsLines": 300,
      "ChatsOnTime": 20,
      "AvgRating": 8,
      "AvgSentiment": 89,
      "WaitSecs": 100,
      "ChatSecs": 1883
    }
  ]
}`,
  },
  {
    title: 'DaySummary (Event)',
    name: 'daysummary',
    json: String.raw`{
  "EventName": "daysummary",
  "Params": null,
  "Data": [
    {
      "SiteKey": 1,
      "Dated": "2024-01-01",
      "PeakTime": "13:30:30",
      "Current": 6,
      "Total": 100,
      "New": 75,
      "Views": 300,
      "Peak": 200,
      "Chats": 23,
      "ChatsMissed": 2,
      "ChatsLines": 300,
      "ChatsOnTime": 20,
      "AvgRating": 8,
      "AvgSentiment": 89,
      "WaitSecs": 100,
      "ChatSecs": 1883
    }
  ]
}`,
  },
  {
    title: 'Ct (Event)',
    name: 'ct',
    json: String.raw`{
  "EventName": "ct",
  "Params": null,
  "Data": [
    {
      "SiteKey": 1,
      "Visitors": 23
    },
    {
      "SiteKey": 2,
      "Visitors": 45
    }
  ]
}`,
  },
  {
    title: 'ListenC (Event)',
    name: 'listenc',
    json: String.raw`{
  "EventName": "listenc",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "message from operator"
}`,
  },
  {
    title: 'ListenV (Event)',
    name: 'listenv',
    json: String.raw`{
  "EventName": "listenv",
  "Params": [
    "65b3b5f6c937df03142c7e51"
  ],
  "Data": "message from visitor"
}`,
  },
  {
    title: 'ListenTransfer (Event)',
    name: 'listentransfer',
    json: String.raw`{
  "EventName": "listentransfer",
  "Params": [
    "65b3b5f6c937df03142c7e51",
    "TransferTarget"
  ],
  "Data": "message"
}`,
  },
  {
    title: 'Visitors (Event)',
    name: 'visitors',
    json: String.raw`{
  "EventName": "visitors",
  "Header": null,
  "Data": [
    {
      "Id": "1:212.45.112.80:301.6863295",
      "SiteKey": 1,
      "TrackingId": "301.6863295",
      "StartTime": "10:06:47",
      "Time": "10:06:47",
      "No": 13,
      "VisitNo": 1,
      "Views": 1,
      "DNS": "212.45.112.80",
      "Page": "index.htm",
      "Flags": "NNNNNNNNNNNNNNN",
      "Browser": "IE 10",
      "OS": "Windows 7",
      "Ref": "",
      "Name": "",
      "Email": "",
      "Loc": "Denmark - WAOO A/S"
    },
    {
      "Id": "1:218.35.86.86:343.13095511",
      "SiteKey": 1,
      "TrackingID": "343.13095511",
      "StartTime": "10:06:46",
      "Time": "10:06:47",
      "No": 12,
      "VisitNo": 1,
      "Views": 2,
      "DNS": "218.35.86.86",
      "Page": "parkersoft/page9.htm",
      "Flags": "NNNNNNNNNNNNNYN",
      "Browser": "Safari 4",
      "OS": "Android",
      "Ref": "",
      "Name": "",
      "Email": "",
      "Loc": "Taiwan - Asia Pacific On-line Service"
    }
  ]
}`,
  },
  {
    title: 'Visitor (Event)',
    name: 'visitor',
    json: String.raw`{
  "EventName": "visitor",
  "Params": [
    "1:196.15.109.60:991.61915693"
  ],
  "Data": {
    "Id": "1:196.15.109.60:991.61915693",
    "SiteKey": 1,
    "TrackingId": "991.61915693",
    "StartTime": "10:16:19",
    "Time": "10:16:19",
    "No": 14,
    "VisitNo": 1,
    "Views": 1,
    "DNS": "196.15.109.60",
    "Page": "index.htm",
    "Flags": "NNNNNNNNNNNNNYN",
    "Browser": "Safari 7",
    "OS": "Mac OSX",
    "Ref": "https://www.google.com?q=test",
    "Name": "",
    "Email": "",
    "Loc": "South Africa - Cogent Communications"
  }
}`,
  },
  {
    title: 'VisitorRemove (Event)',
    name: 'visitorremove',
    json: String.raw`{
  "EventName": "visitorremove",
  "Params": [
    "1:196.15.109.60:991.61915693"
  ],
  "Data": ""
}`,
  },
  {
    title: 'VisitorBatch (Event)',
    name: 'visitorbatch',
    json: String.raw`{
  "EventName": "visitorbatch",
  "Params": [],
  "Data": {
    "updates": [
      {
        "Id": "1:196.15.109.60:991.61915693",
        "SiteKey": 1,
        "TrackingId": "991.61915693",
        "StartTime": "10:16:19",
        "Time": "10:16:19",
        "No": 14,
        "VisitNo": 1,
        "Views": 1,
        "DNS": "196.15.109.60",
        "Page": "index.htm",
        "Flags": "NNNNNNNNNNNNNYN",
        "Browser": "Safari 7",
        "OS": "Mac OSX",
        "Ref": "https://www.google.com?q=test",
        "Name": "",
        "Email": "",
        "Loc": "South Africa - Cogent Communications"
      }
    ],
    "removes": [
      "1:196.15.109.60:991.61915693"
    ]
  }
}`,
  },
  {
    title: 'VisitDetail (Event)',
    name: 'visitdetail',
    json: String.raw`{
  "EventName": "visitdetail",
  "Params": [
    "1010",
    "202.42.104.89",
    "589.14498921",
    "1"
  ],
  "Data": {
    "SiteKey": 1010,
    "SiteName": "My Company",
    "IP": "202.42.104.89",
    "TrackingId": "589.14498921",
    "DNS": "",
    "VisitNo": 1,
    "TotalVisits": 1,
    "Browser": "Edge 13",
    "OS": "Windows 10",
    "Referrer": "https://www.google.com",
    "SessionStarted": "2019-11-18T07:22:23.133",
    "Chatted": false,
    "ChattedLanguage": "",
    "ChattedTranslate": false,
    "PageViews": 3,
    "FirstPage": "index.htm",
    "FirstVisit": "2019-11-18T07:22:23.133",
    "ContactName": "",
    "ContactEmail": "",
    "ContactCompany": "",
    "ContactTelephone": "",
    "ContactNotes": "",
    "ContactStreet": "",
    "ContactCity": "",
    "ContactPostCode": "",
    "ContactCountry": "",
    "ContactWebAddress": "",
    "ContactOrganization": "",
    "CRMId": "",
    "Pages": [
      {
        "Dated": "2019-11-18T07:22:23.133",
        "Name": "index.htm"
      },
      {
        "Dated": "2019-11-18T07:22:23.627",
        "Name": "page2.htm"
      }
    ],
    "GeoIP": {
      "IP": "202.42.104.89",
      "CountryName": "Japan",
      "CountryISO": "JP",
      "City": "",
      "PostCode": "",
      "MetroCode": "",
      "Latitude": 35.69,
      "Longitude": 139.69,
      "Radius": 500,
      "ISP": "Telstra Global Internet Services Network Blocks",
      "Organization": ""
    }
  }
}`,
  },
  {
    title: 'VisitList (Event)',
    name: 'visitlist',
    json: String.raw`{
  "EventName": "visitlist",
  "Params": [
    "1",
    "2019-09-19"
  ],
  "Data": [
    {
      "SiteKey": 1,
      "IP": "220.22.84.63",
      "TrackingId": "418.8001638",
      "Loc": "Japan - Softbank BB",
      "DNS": "softbank220022084063.bbtec.net",
      "Name": "",
      "Company": "",
      "Email": "",
      "Chatted": false,
      "VisitNo": 1,
      "VisitDate": "2019-09-19T11:28:29.883",
      "Visits": 1,
      "Views": 2,
      "Duration": 61,
      "Page": "index.htm",
      "FirstDate": "2019-09-19T11:28:29.883",
      "LastDate": "2019-09-19T11:28:29.883",
      "OS": "iPad",
      "Browser": "Safari 6",
      "Referrer": "https://www.google.com"
    },
    {
      "SiteKey": 1,
      "IP": "195.21.106.69",
      "TrackingId": "161.98375597",
      "Loc": "United Kingdom - Interoute Communications Limited",
      "DNS": "",
      "Name": "",
      "Company": "",
      "Email": "",
      "Chatted": true,
      "VisitNo": 1,
      "VisitDate": "2019-09-19T11:28:30.88",
      "Visits": 1,
      "Views": 1,
      "Duration": 64,
      "Page": "index.htm",
      "FirstDate": "2019-09-19T11:28:30.88",
      "LastDate": "2019-09-19T11:28:30.88",
      "OS": "Windows 7",
      "Browser": "IE 9",
      "Referrer": ""
    }
  ]
}`,
  },
  {
    title: 'User (Event)',
    name: 'user',
    json: String.raw`{
  "EventName": "user",
  "Params": null,
  "Data": {
    "UserName": "thomas@mysite.com",
    "Name": "Thomas",
    "Dept": "Support",
    "Email": "thomas@mysite.com",
    "Phone": "",
    "Title": "",
    "UTCBias": -5,
    "MaxChats": 0,
    "AutoAccept": false,
    "SiteKeys": "1,2",
    "SkillIds": "65c10033c937df02e0dd66ec,65c0ffd5c937df0b5f889938",
    "Rights": "YYYYYYYYYNYYY1NN",
    "IsAdmin": false,
    "IsSupervisor": false,
    "IsTeamLeader": false,
    "IsBot": false,
    "KeepLog": true,
    "SuggestResponses": false,
    "WorkPeriodId": "65c34f70c937df08d5e27426",
    "GroupId": "65b3b5f6c937df03142b2a23",
    "GroupName": "Support",
    "HasPhoto": true,
    "GreetingMessage": "Good %TimeOfDay% %Name%. My name is %MyName% how can I help you?",
    "ClientOptions": "Theme=Dark;AutoLogout=True;",
    "RequirePasswordReset": false,
    "SetPasswordTo": "",
    "BotSettings": null
  }
}`,
  },
  {
    title: 'Site (Event)',
    name: 'site',
    json: String.raw`{
  "EventName": "site",
  "Params": null,
  "Data": {
    "SiteKey": 1001,
    "Name": "New Site",
    "Domain": "www.mynewsite.com",
    "Paused": false,
    "HasTrackingCode": false,
    "UTCBias": 3600,
    "WorkPeriodId": "",
    "GreetingMessage": "Good %TimeOfDay% %Name%. My name is %MyName% how can I help you?",
    "SLAWarningSeconds": 20,
    "SLAReachedSeconds": 40,
    "AllowEmoji": true,
    "AllowFileUpload": 2,
    "DisableFileSend": false,
    "TranslationEnabled": false,
    "OnDemandFields": [],
    "WrapUp": {},
    "CustomForm": {},
    "CRM": {},
    "Tags": [],
    "TransferQueues": [
      {
        "Number": 1,
        "Name": "Default Queue",
        "Count": 0,
        "CurrentWait": 0,
        "MaxSessions": 100
      }
    ],
    "SiteINI": ""
  }
}`,
  },
  {
    title: 'SiteProperties (Event)',
    name: 'siteproperties',
    json: String.raw`{
  "EventName": "siteproperties",
  "Params": [
    "1"
  ],
  "Data": {
    "Id": "65be1e8ec937df0cf801e209",
    "SiteKey": 1,
    "Name": "Site1",
    "Domain": "mysite.com",
    "HomePage": "index.htm"
  }
}`,
  },
  {
    title: 'SiteImages (Event)',
    name: 'siteimages',
    json: String.raw`{
  "EventName": "siteimages",
  "Params": [
    "1"
  ],
  "Data": [
    {
      "SiteKey": 1,
      "Domain": "www.mysite.com",
      "ImageType": 1,
      "Language": "en",
      "Ext": "gif",
      "Base64": "{base64imagedata}"
    },
    {
      "SiteKey": 1,
      "Domain": "www.mysite.com",
      "ImageType": 2,
      "Language": "en",
      "Ext": "png",
      "Base64": "{base64imagedata}"
    },
    {
      "SiteKey": 1,
      "Domain": "www.mysite.com",
      "ImageType": 3,
      "Language": "en",
      "Ext": "png",
      "Base64": "{base64imagedata}"
    },
    {
      "SiteKey": 1,
      "Domain": "www.mysite.com",
      "ImageType": 4,
      "Language": "en",
      "Ext": "png",
      "Base64": "{base64imagedata}"
    },
    {
      "SiteKey": 1,
      "Domain": "www.mysite.com",
      "ImageType": 5,
      "Language": "en",
      "Ext": "png",
      "Base64": "{base64imagedata}"
    },
    {
      "SiteKey": 1,
      "Domain": "www.mysite.com",
      "ImageType": 6,
      "Language": "en",
      "Ext": "png",
      "Base64": "{base64imagedata}"
    }
  ]
}`,
  },
  {
    title: 'SiteStrings (Event)',
    name: 'sitestrings',
    json: String.raw`{
  "EventName": "sitestrings",
  "Params": [
    "1"
  ],
  "Data": [
    {
      "Id": "65dc4e37c937df00e0bef7ce",
      "SiteKey": 0,
      "LanguageName": "English",
      "LanguageCode": "en",
      "BaseLanguage": "en",
      "IsDefault": true,
      "IncludeSurveys": false,
      "UIStrings": [
        {
          "OriginalValue": "<h3>Welcome</h3>Please enter your name and click the <strong>Start Chat</strong> button to begin<br /><br />If we are available we will respond, if not please leave us a message.",
          "CustomValue": "<h3>Welcome</h3>Please enter your name and click the <strong>Start Chat</strong> button to begin<br /><br />If we are available we will respond, if not please leave us a message.",
          "Section": "Surveys",
          "CanUseHTML": true,
          "StringID": "OpeningMessage",
          "StringName": "Opening Message"
        },
        {
          "OriginalValue": "Select a Department",
          "CustomValue": "Select a Department",
          "Section": "Surveys",
          "CanUseHTML": false,
          "StringID": "SelectDepartment",
          "StringName": "Department Selector Text"
        }
      ]
    }
  ]
}`,
  },
  {
    title: 'DeleteSite (Command) — SiteDeleted',
    name: 'sitedeleted',
    json: String.raw`{
  "EventName": "sitedeleted",
  "Params": [
    "1"
  ],
  "Data": null
}`,
  },
  {
    title: 'Reports (Event)',
    name: 'reports',
    json: String.raw`{
  "EventName": "reports",
  "Params": null,
  "Data": [
    {
      "_id": "667ae552c937df077d177850",
      "GroupName": "General",
      "Name": "New Visits",
      "Type": 2,
      "ChartField": "New Visits",
      "ChartLabel": "Dated",
      "ChartLabelIsDate": true,
      "DateSelectorType": 8,
      "FormatString": "",
      "FormatColor": "",
      "SQL": "SELECT NewVisitors AS \"New Visits\",Dated \r\nFROM DaySummary\r\nWHERE SiteKey = @SiteKey AND Dated Between @FromDate AND @ToDate \r\nORDER BY Dated",
      "UseArchive": false,
      "MaxRows": 1000,
      "SiteKeys": ""
    },
    {
      "_id": "667bbe0ac937df117c9962b9",
      "GroupName": "General",
      "Name": "Total Visits",
      "Type": 2,
      "ChartField": "Visits",
      "ChartLabel": "Dated",
      "ChartLabelIsDate": true,
      "DateSelectorType": 8,
      "FormatString": "",
      "FormatColor": "",
      "SQL": "SELECT Visits,Dated \r\nFROM DaySummary\r\nWHERE SiteKey = @SiteKey AND Dated Between @FromDate AND @ToDate \r\nORDER BY Dated",
      "UseArchive": false,
      "MaxRows": 1000,
      "SiteKeys": ""
    }
  ]
}`,
  },
  {
    title: 'ReportData (Event)',
    name: 'reportdata',
    json: String.raw`{
  "EventName": "reportdata",
  "Params": null,
  "Data": {
    "ReportId": "667ae552c937df077d177850",
    "SiteKey": 1014,
    "FromDate": "2024-08-01T00:00:00",
    "ToDate": "2024-08-19T00:00:00",
    "ColumnNames": [
      "New Visits",
      "Dated"
    ],
    "ColumnTypes": [
      "Int64",
      "DateTime"
    ],
    "ExecuteMs": 1,
    "DataCSV": "New Visits,Dated\r\n246,2024-08-01 00:00:00\r\n202,2024-08-02 00:00:00\r\n125,2024-08-03 00:00:00\r\n112,2024-08-04 00:00:00\r\n260,2024-08-05 00:00:00\r\n251,2024-08-06 00:00:00\r\n234,2024-08-07 00:00:00\r\n858,2024-08-08 00:00:00\r\n246,2024-08-09 00:00:00\r\n148,2024-08-10 00:00:00\r\n493,2024-08-11 00:00:00\r\n254,2024-08-12 00:00:00\r\n295,2024-08-13 00:00:00\r\n291,2024-08-14 00:00:00\r\n261,2024-08-15 00:00:00\r\n234,2024-08-16 00:00:00\r\n161,2024-08-17 00:00:00\r\n159,2024-08-18 00:00:00\r\n886,2024-08-19 00:00:00\r\n"
  }
}`,
  },
  {
    title: 'Translation (Event)',
    name: 'translation',
    json: String.raw`{
  "EventName": "translation",
  "Params": null,
  "Data": {
    "SiteKey": 1001,
    "FromLang": "en",
    "ToLang": "fr",
    "Text": "Hello!",
    "Translation": "Bonjour!"
  }
}`,
  },
  {
    title: 'GetServerSettings (Command) — ServerSettings',
    name: 'serversettings',
    json: String.raw`{
  "EventName": "serversettings",
  "Params": null,
  "Data": {
    "ServerUid": "65d87205c937df0e2094dbfb",
    "AuthenticationString": "VMWIN1832d",
    "SystemAdminUsername": "Admin",
    "SystemAdminSalt": "r2vgOfZjh98eC7jteJ+sjHoe3srpgwjl",
    "SystemAdminPasswordEnc": "ubb8SexOOKqHOWT7+z64GsOqOMNIY4JN03MfUU+a8q1j/mwQZUMvqgDdVmQKKj2X2kNMj86msw092TURN32ggOUTVKUYf/nHDGMakm+vWlA=",
    "InactivityMinutes": 10,
    "WorkPeriodGraceMinutes": 3,
    "ReverseDNS": true,
    "UseIPV6": false,
    "UseTLS13": false,
    "DNSUseExternal": false,
    "DNSServer": "",
    "NoSpiders": true,
    "UTCBias": 0,
    "UTCBiasUseSystem": true,
    "HTTPInterfacePort": 8899,
    "ChatExternalIP": "localhost",
    "ChatServer": true,
    "ChatPortWebSocket": 8009,
    "ChatBindTo": "",
    "ChatClientPortWebSocket": 8013,
    "ChatClientBindTo": "",
    "ChatFirstMessage": "Please wait. An operator will be with you shortly.",
    "ChatBusyMessage": "No operators are available at this time. Operators may only be available during office hours. The time is currently %TIME%.",
    "ChatTimeOutMinutes": 15,
    "ChatBlockForMinutes": 1440,
    "ChatURL": "https://mydomain/chat/",
    "MaxConnectionsFromSingleIP": 50,
    "ChatLog": true,
    "ChatDontQueue": false,
    "ExpiredSubscriptionMessage": "Dear %CONTACT%,\r\n\r\nYour WhosOn subscription for domain %DOMAIN% has expired. If you would like to continue using the service, please visit our web site to order.\r\n",
    "UTDefaultLang": "en",
    "MaxPageViewsSingleVisit": 500,
    "MaxClientVisitors": 1000,
    "NoAutoBlackList": false,
    "BlackListAfter": 10,
    "BlackListRetrySeconds": 20,
    "BlackListClearAfterMinutes": 60,
    "AnonIPAddress": false,
    "AllowChangePassword": true,
    "LDAPEnabled": false,
    "LDAPDomain": "",
    "AlwaysAskForPassword": false,
    "PreventChatTextCopy": false,
    "HideVisitors": false,
    "DisableChatEvents": false,
    "TimeZone": "GMT Standard Time",
    "MinimumPasswordLength": 8,
    "AlwaysStoreOperatorChats": false,
    "DocumentStoreEncryptFiles": true,
    "DocumentStoreEncryptKey": "65d87205c937df0e2094dbfb",
    "SerialNumber": "",
    "RegisteredEmail": "",
    "RegisteredUser": "",
    "Email": {
      "MailServer": "",
      "UserName": "",
      "PasswordEnc": "",
      "SendTo": "stephen@parkersoft.co.uk",
      "From": "stephen@parkersoft.co.uk",
      "Subject": "Message From WhosOn",
      "SSLOption": 0,
      "ServerPort": 25,
      "OverrideFrom": true,
      "AllowUserReplyTo": true,
      "SendGrid": false,
      "SendGridAPIKeyEnc": "",
      "DefaultCSS": "",
      "WebSetupEmail": "WhosOn live chat is now active for the site %DOMAIN%.\r\n\r\nPlease download and install the WhosOn Client from:\r\nhttps://www.whoson.com/download/\r\n\r\nYour Client connection details are:\r\n\r\nWhosOn DNS:            %EXTERNALIP%\r\nAuthentication String: %AUTHENTICATIONSTRING%\r\nUser Name:             %USERNAME%\r\nTemporary Password:    %PASSWORD%\r\n",
      "WebSetupEmailFile": ""
    },
    "Gateway": {
      "BindTo": "",
      "Port": 8080,
      "PortSSL": 8443,
      "External": "localhost",
      "MaxGif": 35000,
      "SSLStore": "",
      "SSLSubject": "",
      "SSLPFXFile": "",
      "SSLStorePWEnc": "",
      "ServerPort": 8012,
      "ServerBind": ""
    },
    "Archive": {
      "EveryMins": 60,
      "Database": true,
      "ConnectionStringEnc": "/IwPD5bt7wwWuPWAP1qy+pjeNUI3pYlRvt8yA6xmofGTK+NBxOq5szXl1rjRFlZn6eltEGFNGFc99Mk79l+IvSgEUWsqKKLLkdqNgdMnoL8ABmTo9W9Zd5DJRSfyOYdDvAiQFOKFU4ew5T7k5OEVRnHfsu/X2GKVJXsbRnSwrOqYXYEnFctKj1QOpXYadNKcsGLOeNSqau7wpPHygpv3Mt+DmEu/H+Ub30wQM5OnVvNf+7Ey7Mio8Jp5IgMASmkG",
      "DatabaseName": "WhosOn10Archive",
      "DatabaseType": 10,
      "MongoDB": false,
      "MongoDBConnectionStringEnc": "",
      "External": false,
      "ExternalURL": "",
      "ExternalPath": ""
    },
    "Twilio": {
      "Enabled": false,
      "SID": "",
      "TokenEnc": "",
      "CallbackEnabled": false,
      "CallbackSay": "Please wait while we connect you to %SITENAME%",
      "CallbackSayOperator": "Connecting you to %NAME%",
      "DefaultPhone": "",
      "DefaultRecipients": "",
      "CallbackFemale": true,
      "CallbackRingFor": 30,
      "CallbackRecord": false
    },
    "WebHooks": {
      "Enabled": false,
      "URL": "",
      "EventChatStart": false,
      "EventChatLine": false,
      "EventChatTransfer": false,
      "EventChatEnd": false
    },
    "LLM": {
      "Enabled": false,
      "LLMType": "openai",
      "APIKeyEnc": "",
      "OrgKey": "",
      "LocalServerAddress": "",
      "Model": "gpt-3.5-turbo-16k",
      "Temperature": 0.5,
      "SystemPrompt": "",
      "BotPrompt": "You are a very enthusiastic representative working at %Company%. Given the provided sections from our documentation, answer the user's question using only that information, outputted in markdown format.\r\n\r\nQuestion: \"\"\"\r\n%ChatMessage%\r\n\"\"\"\r\n\r\nAnswer:\r\n",
      "TranslationPrompt": "Please translate the text below from %FromLanguage% to %ToLanguage%. Return only the translated text.\r\n\r\nText: \"\"\"\r\n%Text%\r\n\"\"\"\r\n\r\nAnswer:\r\n",
      "SummarizeAndSentimentPrompt": "Below is a chat transcript between our representative %OperatorName% and %VisitorName%. Please summarize the chat without losing key information. Also, analyze the chat for sentiment and return a sentiment score between 1 and 100, where 100 is the most positive and 1 is the most negative. \r\nYou should return the summary followed by the sentiment score only. You should return your response in the following format only:\r\nSummary:\r\n'summary'\r\nScore:\r\n'score'\r\n\r\nChat transcript: \"\"\"\r\n%Transcript%\r\n\"\"\"\r\n\r\nAnswer:\r\n",
      "Moderated": false,
      "AddContextReturnTop": 6,
      "AddContextSearchSimilartyThreshold": 0.75,
      "UseForSuggestions": false,
      "UseForTranslation": false,
      "UseForSummarizeAndSentiment": true
    },
    "ThrottleSendEverySeconds": 8,
    "ThrottleAtPercent": 20,
    "TCPBackLog": 128,
    "DailyMaintenanceDisable": false,
    "MetaDataMaxRevisions": 25,
    "SendUsageData": false,
    "DailyMaintenanceTime": "22:00:00,04:00:00",
    "Server": {
      "DataPath": "C:\\ProgramData\\Parker Software\\WhosOnV10\\",
      "RootPath": "D:\\Program Files\\WhosOn10\\",
      "DatabaseType": 999,
      "NetworkInterfaces": [
        "169.254.190.163;Microsoft Wi-Fi Direct Virtual Adapter",
        "169.254.209.249;Microsoft Wi-Fi Direct Virtual Adapter #2"
      ]
    }
  }
}`,
  },
  {
    title: 'FirstLog (Event)',
    name: 'firstlog',
    json: String.raw`{
  "EventName": "firstlog",
  "Params": null,
  "Data": "2024-02-23:16:36:58 WhosOn 10.1.3.1 Server Started (SPDELLXPS13)\n2024-02-23:16:36:58 Server Timezone GMT Standard Time\n2024-02-23:16:36:58 Evaluation version expires on 24 March 2024\n2024-02-23:16:36:58 Database size 308KB\n2024-02-23:16:36:59 Loaded 1 Work Periods\n2024-02-23:16:36:59 Loaded 0 Skill Groups\n2024-02-23:16:36:59 Loaded 0 User Groups\n2024-02-23:16:36:59 Loaded 1 Users\n2024-02-23:16:36:59 Loaded 1 Site\n2024-02-23:16:36:59 Loaded 1 Site Strings\n2024-02-23:16:36:59 Loaded 0 Documents\n2024-02-23:16:36:59 Database opened (308KB) (1 connection)\n2024-02-23:16:36:59 GeoIP database initialized: (Oct 2019)\n2024-02-23:16:36:59 Outbox monitor task started\n2024-02-23:16:36:59 Email sending: Not Configured\n2024-02-23:16:36:59 External IP/DNS address is NOT set. Chat will only work on the local machine.\n2024-02-23:16:36:59 Listening For WebSocket Clients On All Interfaces:8013 (Secure)\n2024-02-23:16:36:59 Listening For WebSocket Gateway On All Interfaces:8012\n2024-02-23:16:36:59 Chat processor task started\n2024-02-23:16:36:59 Listening For WebSocket Chats On All Interfaces:8009 (Secure)\n2024-02-23:16:36:59 Tracking processor task started\n2024-02-23:16:36:59 Threads available: 1000 (16 cores)"
}`,
  },
];
