// In-app notifications (/notifications).
const frMessages = {
  notifications: {
    title: "Notifications",
    intro: "Les réponses, les demandes qui vous sont confiées et les signalements traités. Ouvrir la demande marque la notification comme lue.",
    none: "Aucune notification.",
    unread: "Non lue",
    read: "Lue",
    markRead: "Marquer comme lue",
    markAllRead: "Tout marquer comme lu",
    markedRead: "Notification marquée comme lue.",
    markedAllRead: "{count, plural, =0 {Rien à marquer.} one {# notification marquée comme lue.} other {# notifications marquées comme lues.}}",
    list: "Vos notifications",
    kind: {
      REPLY: "{actor} a répondu sur la demande n° {number} — {subject}",
      ASSIGNED: "{actor} vous a confié la demande n° {number} — {subject}",
      ALERT_HANDLED: "Votre signalement n° {number} — {subject} a été traité",
      STATUS_CHANGED: "{actor} a changé le statut de la demande n° {number} — {subject}",
      MERGED: "{actor} a fusionné la demande n° {number} — {subject}",
      MENTION: "{actor} vous a mentionné·e dans une note de la demande n° {number} — {subject}",
      FOLLOWING: "{actor} vous a abonné·e à la demande n° {number} — {subject}",
    },
    someone: "Quelqu'un",
  },
};

const enMessages: typeof frMessages = {
  notifications: {
    title: "Notifications",
    intro: "Replies, requests handed to you and alerts handled. Opening the request marks the notification read.",
    none: "No notification.",
    unread: "Unread",
    read: "Read",
    markRead: "Mark as read",
    markAllRead: "Mark all as read",
    markedRead: "Notification marked as read.",
    markedAllRead: "{count, plural, =0 {Nothing to mark.} one {# notification marked as read.} other {# notifications marked as read.}}",
    list: "Your notifications",
    kind: {
      REPLY: "{actor} replied on request no. {number} — {subject}",
      ASSIGNED: "{actor} handed you request no. {number} — {subject}",
      ALERT_HANDLED: "Your alert no. {number} — {subject} has been handled",
      STATUS_CHANGED: "{actor} changed the status of request no. {number} — {subject}",
      MERGED: "{actor} merged request no. {number} — {subject}",
      MENTION: "{actor} mentioned you in a note on request no. {number} — {subject}",
      FOLLOWING: "{actor} made you a follower of request no. {number} — {subject}",
    },
    someone: "Someone",
  },
};

export const notifications = { fr: frMessages, en: enMessages };
