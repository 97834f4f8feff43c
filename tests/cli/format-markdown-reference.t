# no command: the whole reference as Markdown
args: --format=markdown
status: 0
--- stdout
# Acupuncture for hip pain: The whole reference

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

## Contents

- Conditions: Hip pain and acupuncture; Osteoarthritis; Sciatica; Piriformis syndrome; Hip bursitis; Muscle strains and sprains; A complement, not a cure
- Mechanisms: Endorphin release; Local blood flow; Nerve modulation; Qi in traditional Chinese medicine
- Sessions: The first consultation; During a session; Session length and course
- Safety: See a medical doctor first; Choosing a practitioner; Possible side effects; Who should be careful

## Conditions

Hip conditions acupuncture may help with, and its limits.

Before trying acupuncture, read the safety notes: `hipacu safety`

### Hip pain and acupuncture

*Conditions* · `hipacu show hip-pain`

Hip pain is common and can disrupt daily life; acupuncture is one ancient practice explored for it.

Where the article places it: the hip.

Plenty of people complain of pain in the hip. It can weigh significantly on what they do day to day and on their quality of life. To manage that discomfort, many turn to a range of different approaches.

Acupuncture, a healing practice with ancient roots, is one of them, and it has been explored for the benefits it might offer. This reference describes how acupuncture may act on hip pain, which conditions it may help with, what sessions involve, and what to consider for safety.

**Also called:** hip ache, painful hip

**See also:** A complement, not a cure (`hipacu show complementary-care`), See a medical doctor first (`hipacu show see-a-doctor`)

*Source: the article's opening paragraph.*

### Osteoarthritis

*Conditions* · `hipacu show osteoarthritis`

Osteoarthritis wears down cartilage; acupuncture may help by easing pain and reducing inflammation.

Where the article places it: the hip.

Osteoarthritis is among the kinds of hip pain for which acupuncture has been explored. The condition involves wear of the cartilage.

Acupuncture may be of help here in two ways: by bringing inflammation down and by relieving pain. As with hip conditions generally, acupuncture is not a cure for structural damage, though it can complement conventional approaches in managing symptoms (see "A complement, not a cure").

**Also called:** OA, hip osteoarthritis

**See also:** A complement, not a cure (`hipacu show complementary-care`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Sciatica

*Conditions* · `hipacu show sciatica`

Sciatica sends pain from the lower back through the hip and into the leg; people who have it may find acupuncture beneficial.

Where the article places it: the lower back, the hip and the leg.

In sciatica, pain spreads outward from the lower back, travelling into the hip and on into the leg. Acupuncture has been explored for several kinds of hip pain, and people who have sciatica may also find it beneficial.

As with hip conditions generally, acupuncture is not a cure for structural damage, though it can complement conventional approaches in managing the symptoms. For piriformis syndrome, in which the sciatic nerve can be compressed, see "Piriformis syndrome".

**Also called:** sciatic pain, sciatic nerve pain

**See also:** Piriformis syndrome (`hipacu show piriformis-syndrome`), Nerve modulation (`hipacu show nerve-modulation`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Piriformis syndrome

*Conditions* · `hipacu show piriformis-syndrome`

Spasms of the piriformis muscle can press on the sciatic nerve; acupuncture could ease the pain.

Where the article places it: the hip and the buttock.

Piriformis syndrome is marked by spasms of the piriformis muscle, and these spasms can squeeze the sciatic nerve. Acupuncture may be of use for this condition as well.

The approach targets relaxation of the muscle and reduced irritation of the nerve. In this way, acupuncture could ease pain in the hip and in the buttock. For pain that travels down from the lower back through the hip and leg, see "Sciatica".

**Also called:** piriformis, piriformis spasm

**See also:** Sciatica (`hipacu show sciatica`), Nerve modulation (`hipacu show nerve-modulation`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Hip bursitis

*Conditions* · `hipacu show bursitis`

Inflamed bursae around the hip joint may respond to the anti-inflammatory effects of acupuncture.

Where the article places it: around the hip joint.

Around the hip joint sit bursae, which are sacs filled with fluid. Bursitis is the name for inflammation of these sacs.

It is one more hip condition that may respond to the anti-inflammatory effects of acupuncture.

**Also called:** inflamed bursa, bursa inflammation

**See also:** A complement, not a cure (`hipacu show complementary-care`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Muscle strains and sprains

*Conditions* · `hipacu show muscle-strain`

Acupuncture could play a part in managing a strained or sprained hip muscle, in the groin or the hamstrings for instance.

Where the article places it: the hip, the groin and the hamstring (the back of the thigh).

Acupuncture could also have a role in managing muscle strains or sprains of the hip, for instance where the groin or hamstring muscles are affected.

In these cases, treatment has three aims: to support healing, to ease tension in the muscles, and to relieve pain in the affected area. It does not mend structural damage, but it can complement conventional care in managing the symptoms.

**Also called:** groin strain, pulled groin, hamstring strain, pulled hamstring, hip sprain, hip strain, pulled hip muscle, sprained hip

**See also:** A complement, not a cure (`hipacu show complementary-care`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### A complement, not a cure

*Conditions* · `hipacu show complementary-care`

Acupuncture will not undo structural damage, but it can be used with conventional care to help manage symptoms.

Whatever the hip condition, acupuncture does not repair structural damage. It can, however, complement conventional medical approaches, as a way to help manage symptoms across many different kinds of hip trouble.

Before starting, see a medical doctor, as set out under "See a medical doctor first".

**Also called:** not a cure, complementary therapy

**See also:** See a medical doctor first (`hipacu show see-a-doctor`), Osteoarthritis (`hipacu show osteoarthritis`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

## Mechanisms

How acupuncture is thought to act on hip pain.

### Endorphin release

*Mechanisms* · `hipacu show endorphins`

Acupuncture is thought to prompt the release of endorphins, the body's own pain-relieving chemicals.

Acupuncture is thought to act, through more than one mechanism, on the way pain is perceived and on the way the body functions.

One of these proposed pathways is the release of endorphins: natural chemicals that the body produces itself and that relieve pain. On this account, the endorphins help to lessen pain in the hip.

**Also called:** endorphin, natural painkillers

**See also:** Nerve modulation (`hipacu show nerve-modulation`), Local blood flow (`hipacu show blood-flow`)

*Source: the article's section “How Acupuncture Addresses Hip Pain”.*

### Local blood flow

*Mechanisms* · `hipacu show blood-flow`

Needling may increase blood flow in the hip, which may help tissues mend and calm inflammation.

The insertion of needles may also stimulate blood flow locally, in the hip. This may help tissue to repair and may bring inflammation down.

The extra circulation carries oxygen and nutrients to the area and takes waste products away.

**Also called:** circulation, blood circulation

**See also:** Endorphin release (`hipacu show endorphins`), Nerve modulation (`hipacu show nerve-modulation`)

*Source: the article's section “How Acupuncture Addresses Hip Pain”.*

### Nerve modulation

*Mechanisms* · `hipacu show nerve-modulation`

Acupuncture may adjust nerve activity and so interrupt pain signals on their way to the brain from the hip.

Another proposed mechanism concerns the nerves. Acupuncture may adjust, or modulate, nerve activity, and in this way interrupt the signals of pain passing from the hip up to the brain.

With endorphin release and local blood flow, this is one of the mechanisms through which acupuncture is thought to influence how pain is felt and how the body works. Lessening irritation of a nerve is also one aim of acupuncture in piriformis syndrome.

**Also called:** nerves, pain signals

**See also:** Endorphin release (`hipacu show endorphins`), Piriformis syndrome (`hipacu show piriformis-syndrome`)

*Source: the article's section “How Acupuncture Addresses Hip Pain”.*

### Qi in traditional Chinese medicine

*Mechanisms* · `hipacu show qi`

Traditional Chinese medicine sees acupuncture as a way to bring the body's qi, or life energy, back into balance.

In traditional Chinese medicine, acupuncture aims to bring "qi", the body's life energy, back into an even, balanced flow through the whole body.

On this view, pain in the hip is believed to come partly from qi there that has stagnated or lost its balance. Practitioners insert needles at specific points with the aim of unblocking the pathways of qi and encouraging energy to flow in harmony.

**Also called:** chi, life energy

**See also:** Endorphin release (`hipacu show endorphins`)

*Source: the article's section “How Acupuncture Addresses Hip Pain”.*

## Sessions

What to expect from a consultation and a course of sessions.

Before trying acupuncture, read the safety notes: `hipacu safety`

### The first consultation

*Sessions* · `hipacu show first-consultation`

A first visit covers your history, symptoms and lifestyle so that a treatment plan can be drawn up.

At the first appointment for hip pain, expect to talk at length with the practitioner about your medical history, your symptoms and the way you live.

The practitioner looks at what your hip pain is like and where it is located. From this, they decide on the most suitable treatment plan, which includes working out the specific acupuncture points to use.

**Also called:** first visit, initial consultation, first appointment, assessment

**See also:** During a session (`hipacu show during-a-session`), Session length and course (`hipacu show course-of-treatment`)

*Source: the article's section “What to Expect from Acupuncture Sessions”.*

### During a session

*Sessions* · `hipacu show during-a-session`

Thin, sterile needles are placed at chosen points and usually left in for 15 to 30 minutes.

In a session, thin, sterile needles go into specific points on the body. These may be in areas around the hip, on the legs, or at points some distance away.

Most people say the discomfort is minimal. The feeling at the needle sites is often described as a dull ache, as tingling, or as warmth. The usual time for the needles to stay in is 15 to 30 minutes, which you can spend relaxing.

**Also called:** needling, treatment session

**See also:** The first consultation (`hipacu show first-consultation`), Possible side effects (`hipacu show side-effects`)

*Source: the article's section “What to Expect from Acupuncture Sessions”.*

### Session length and course

*Sessions* · `hipacu show course-of-treatment`

A session, consultation included, generally lasts 45 to 60 minutes; courses vary, but 6 to 12 sessions is typical.

One session generally takes 45 to 60 minutes, consultation included.

How many sessions are needed depends on how severe the hip pain is and on its chronicity, that is, how long it has lasted. Typically, a course is made up of 6 to 12 sessions, and early on these are often held once or twice weekly. Relief comes after only a few sessions for some people, while others need treatment that is kept up more steadily.

**Also called:** number of sessions, treatment course, session length, frequency

**See also:** The first consultation (`hipacu show first-consultation`), During a session (`hipacu show during-a-session`)

*Source: the article's section “What to Expect from Acupuncture Sessions”.*

## Safety

Choosing a practitioner, side effects and precautions.

### See a medical doctor first

*Safety* · `hipacu show see-a-doctor`

Always check with a medical doctor before trying acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

Before you begin acupuncture, always speak to a medical doctor. This matters most when your hip pain is severe or persistent, or when it comes with other symptoms that are a cause for concern.

Acupuncture can play a complementary role, used together with conventional medical treatments (see "A complement, not a cure").

**Also called:** doctor, GP, physician, medical doctor

**See also:** Who should be careful (`hipacu show contraindications`), A complement, not a cure (`hipacu show complementary-care`)

*Source: the article's section “Safety and Important Considerations”.*

### Choosing a practitioner

*Safety* · `hipacu show choosing-a-practitioner`

Choose a licensed, experienced practitioner and check their credentials.

If you are thinking of trying acupuncture for hip pain, look for an acupuncturist who holds a licence and has experience. Licensing rules vary from region to region; a properly qualified practitioner will have had extensive training and will follow the profession's standards.

Asking about their qualifications and checking them helps make your treatment safe and effective.

**Also called:** practitioner, acupuncturist, licensed acupuncturist

**See also:** Possible side effects (`hipacu show side-effects`)

*Source: the article's section “Safety and Important Considerations”.*

### Possible side effects

*Safety* · `hipacu show side-effects`

Acupuncture is generally safe; minor effects may include bruising, soreness or temporary dizziness.

Acupuncture is generally safe. It can, however, cause minor side effects: you may notice slight bruising, soreness where the needles went in, or a short spell of dizziness.

Serious problems are rare when the treatment is given by a trained professional. For how to choose one, see "Choosing a practitioner".

**Also called:** side effects, risks, adverse effects

**See also:** Choosing a practitioner (`hipacu show choosing-a-practitioner`), Who should be careful (`hipacu show contraindications`)

*Source: the article's section “Safety and Important Considerations”.*

### Who should be careful

*Safety* · `hipacu show contraindications`

A bleeding disorder or a pacemaker may make acupuncture unsuitable; with these or other significant medical conditions, tell your practitioner, discuss the risks and see a medical doctor first.

Some conditions may be contraindications for acupuncture, meaning reasons it may not be suitable. Bleeding disorders and having a pacemaker are examples.

If you have one of these, or another significant medical condition, tell your practitioner and talk the risks through with them. Consult a medical doctor before you start, as set out under "See a medical doctor first".

**Also called:** contraindication, bleeding disorder, pacemaker

**See also:** See a medical doctor first (`hipacu show see-a-doctor`), Possible side effects (`hipacu show side-effects`)

*Source: the article's section “Safety and Important Considerations”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: built in, compiled from data/hipacu.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
