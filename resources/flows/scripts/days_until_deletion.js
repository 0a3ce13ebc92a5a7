// How many days after the request email the account is deleted, read from the email itself
// ("Your account will be deleted on 1 April 2026."). maestro.email is the newest email the
// last assertEmail found (this simulator's extension); the answer goes to output.dueDays.
var email = maestro.email;
if (!email) throw new Error('no email: run assertEmail before this script');
var found = /will be deleted on (\d{1,2}) ([A-Z][a-z]+) (\d{4})/.exec(email.text);
if (!found) throw new Error('no deletion date in "' + email.subject + '"');
var months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
              'September', 'October', 'November', 'December'];
var month = months.indexOf(found[2]);
if (month < 0) throw new Error('not a month: ' + found[2]);
var due = Date.UTC(Number(found[3]), month, Number(found[1]));
var sent = new Date(email.created);
var sentDay = Date.UTC(sent.getUTCFullYear(), sent.getUTCMonth(), sent.getUTCDate());
output.dueDays = Math.round((due - sentDay) / 86400000);
console.log(email.to, 'is deleted on', found[1], found[2], found[3] + ':',
            output.dueDays, 'days after the request of', email.created.slice(0, 10));
