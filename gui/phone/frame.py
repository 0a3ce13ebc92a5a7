"""The phone's sizes, shared by PhoneView and the launch screen (which imports nothing else)."""

SCREEN_W, SCREEN_H = 390, 844
BEZEL = 12
SCREEN_RADIUS = 47
ANDROID_RADIUS = 30  # an Android phone's screen corners (no notch: a punch-hole camera)
STATUS_H, HOME_H = 47, 34
NOTCH_W, NOTCH_H = 160, 31
PHONE_W, PHONE_H = SCREEN_W + 2 * BEZEL, SCREEN_H + 2 * BEZEL
