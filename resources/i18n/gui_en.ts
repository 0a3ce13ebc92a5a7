<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Console</name>
        <message numerus="yes">
            <source>%n request</source>
            <translation>
                <numerusform>%n request</numerusform>
                <numerusform>%n request</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n requests</source>
            <translation>
                <numerusform>%n requests</numerusform>
                <numerusform>%n requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n email</source>
            <translation>
                <numerusform>%n email</numerusform>
                <numerusform>%n email</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n emails</source>
            <translation>
                <numerusform>%n emails</numerusform>
                <numerusform>%n emails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n employee</source>
            <translation>
                <numerusform>%n employee</numerusform>
                <numerusform>%n employee</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n employees</source>
            <translation>
                <numerusform>%n employees</numerusform>
                <numerusform>%n employees</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n person</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n people</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notice</source>
            <translation>
                <numerusform>%n notice</numerusform>
                <numerusform>%n notice</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n notices</source>
            <translation>
                <numerusform>%n notices</numerusform>
                <numerusform>%n notices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n event</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n events</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt</source>
            <translation>
                <numerusform>%n attempt</numerusform>
                <numerusform>%n attempt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempts</source>
            <translation>
                <numerusform>%n attempts</numerusform>
                <numerusform>%n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n command</source>
            <translation>
                <numerusform>%n command</numerusform>
                <numerusform>%n command</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commands</source>
            <translation>
                <numerusform>%n commands</numerusform>
                <numerusform>%n commands</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n hour</source>
            <translation>
                <numerusform>in %n hour</numerusform>
                <numerusform>in %n hour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n hours</source>
            <translation>
                <numerusform>in %n hours</numerusform>
                <numerusform>in %n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n day</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>in %n days</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deletion window: %n day.</source>
            <translation>
                <numerusform>Deletion window: %n day.</numerusform>
                <numerusform>Deletion window: %n day.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deletion window: %n days.</source>
            <translation>
                <numerusform>Deletion window: %n days.</numerusform>
                <numerusform>Deletion window: %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing the first {shown} of %n people; use the tables' filters for the rest.</source>
            <translation>
                <numerusform>Showing the first {shown} of %n people; use the tables' filters for the rest.</numerusform>
                <numerusform>Showing the first {shown} of %n people; use the tables' filters for the rest.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clock moved on {duration}; %n request completed: {names}.</source>
            <translation>
                <numerusform>Clock moved on {duration}; %n request completed: {names}.</numerusform>
                <numerusform>Clock moved on {duration}; %n request completed: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clock moved on {duration}; %n requests completed: {names}.</source>
            <translation>
                <numerusform>Clock moved on {duration}; %n requests completed: {names}.</numerusform>
                <numerusform>Clock moved on {duration}; %n requests completed: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clock moved to the next due date; %n request completed: {names}.</source>
            <translation>
                <numerusform>Clock moved to the next due date; %n request completed: {names}.</numerusform>
                <numerusform>Clock moved to the next due date; %n request completed: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Clock moved to the next due date; %n requests completed: {names}.</source>
            <translation>
                <numerusform>Clock moved to the next due date; %n requests completed: {names}.</numerusform>
                <numerusform>Clock moved to the next due date; %n requests completed: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Processed: %n requests completed.</source>
            <translation>
                <numerusform>Processed: %n requests completed.</numerusform>
                <numerusform>Processed: %n requests completed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Processed: %n request completed: {names}.</source>
            <translation>
                <numerusform>Processed: %n request completed: {names}.</numerusform>
                <numerusform>Processed: %n request completed: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Processed: %n requests completed: {names}.</source>
            <translation>
                <numerusform>Processed: %n requests completed: {names}.</numerusform>
                <numerusform>Processed: %n requests completed: {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeleteWarningSheet</name>
        <message numerus="yes">
            <source>Tap Send request. Your account will be deleted within %n days of your request.</source>
            <translation>
                <numerusform>Tap Send request. Your account will be deleted within %n days of your request.</numerusform>
                <numerusform>Tap Send request. Your account will be deleted within %n days of your request.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message numerus="yes">
            <source>%n step, each caption pointing at what it shows.</source>
            <translation>
                <numerusform>%n step, each caption pointing at what it shows.</numerusform>
                <numerusform>%n step, each caption pointing at what it shows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n steps, each caption pointing at what it shows.</source>
            <translation>
                <numerusform>%n steps, each caption pointing at what it shows.</numerusform>
                <numerusform>%n steps, each caption pointing at what it shows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day later</source>
            <translation>
                <numerusform>%n day later</numerusform>
                <numerusform>%n day later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days later</source>
            <translation>
                <numerusform>%n days later</numerusform>
                <numerusform>%n days later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour later</source>
            <translation>
                <numerusform>%n hour later</numerusform>
                <numerusform>%n hour later</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours later</source>
            <translation>
                <numerusform>%n hours later</numerusform>
                <numerusform>%n hours later</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestFormScreen</name>
        <message numerus="yes">
            <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n day, on {date}.</source>
            <translation>
                <numerusform>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n day, on {date}.</numerusform>
                <numerusform>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n day, on {date}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n days, on {date}.</source>
            <translation>
                <numerusform>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n days, on {date}.</numerusform>
                <numerusform>The deletion request is valid only for your profile in {portal} ({address}), under which you are authorized in the app. If sent now, it will be deleted within %n days, on {date}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestSentScreen</name>
        <message numerus="yes">
            <source>Your account in {portal} ({address}) will be deleted within %n days of your request, on {due}.</source>
            <translation>
                <numerusform>Your account in {portal} ({address}) will be deleted within %n days of your request, on {due}.</numerusform>
                <numerusform>Your account in {portal} ({address}) will be deleted within %n days of your request, on {due}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Storyboard</name>
        <message numerus="yes">
            <source>%n step</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n step</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n steps</source>
            <translation>
                <numerusform>%n steps</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ran %n time</source>
            <translation>
                <numerusform>ran %n time</numerusform>
                <numerusform>ran %n time</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ran %n times</source>
            <translation>
                <numerusform>ran %n times</numerusform>
                <numerusform>ran %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeat %n time</source>
            <translation>
                <numerusform>Repeat %n time</numerusform>
                <numerusform>Repeat %n time</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Repeat %n times</source>
            <translation>
                <numerusform>Repeat %n times</numerusform>
                <numerusform>Repeat %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Try again up to %n time if it fails</source>
            <translation>
                <numerusform>Try again up to %n time if it fails</numerusform>
                <numerusform>Try again up to %n time if it fails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Try again up to %n times if it fails</source>
            <translation>
                <numerusform>Try again up to %n times if it fails</numerusform>
                <numerusform>Try again up to %n times if it fails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>passed at attempt {attempt} of %n</source>
            <translation>
                <numerusform>passed at attempt {attempt} of %n</numerusform>
                <numerusform>passed at attempt {attempt} of %n</numerusform>
            </translation>
        </message>
    </context>
</TS>
