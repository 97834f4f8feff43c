# no command: the whole reference as Markdown
args: --format=markdown
status: 0
--- stdout
# Acupuncture for hip pain: The whole reference

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

## Contents

- Conditions: Hip pain and acupuncture; Osteoarthritis; Sciatica; Piriformis syndrome; Hip bursitis; Muscle strains and sprains; Alongside conventional care
- Mechanisms: Endorphin release; Local blood flow; Nerve modulation; Qi in traditional Chinese medicine
- Sessions: The first consultation; During a session; Session length and course
- Safety: See a medical doctor first; Choosing a practitioner; Possible side effects; Who should be careful

## Conditions

Hip conditions acupuncture may help with, and its limits.

Before trying acupuncture, read the safety notes: `hipacu safety`

### Hip pain and acupuncture

*Conditions* · `hipacu show hip-pain`

Hip pain, a common complaint, can disrupt daily life; acupuncture is one ancient practice explored for it.

Places (where this condition is felt, as the article describes it): the hip.

Hip pain can weigh significantly on what people do day to day and on their quality of life. Many people who complain of hip pain turn to a range of different approaches to manage the discomfort.

Acupuncture, a healing practice with ancient roots, has been explored for the benefits it might offer people with hip pain. The rest of this reference describes how acupuncture may act on hip pain, which conditions it may help with, what sessions involve, and what to consider for safety.

**Also called:** hip ache, painful hip

**See also:** Alongside conventional care (`hipacu show complementary-care`), See a medical doctor first (`hipacu show see-a-doctor`)

*Source: the article's opening paragraph.*

### Osteoarthritis

*Conditions* · `hipacu show osteoarthritis`

Osteoarthritis is a condition that involves wear of the cartilage (the smooth tissue covering the ends of the bones in a joint); acupuncture may help in two ways, by relieving or easing pain and by reducing inflammation.

Places (where this condition is felt, as the article describes it): the hip.

Osteoarthritis is among the kinds of hip pain for which acupuncture has been explored.

As with hip conditions generally, acupuncture does not cure structural damage, though it can complement conventional approaches in managing symptoms (see "Alongside conventional care").

**Also called:** OA, hip osteoarthritis

**See also:** Alongside conventional care (`hipacu show complementary-care`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Sciatica

*Conditions* · `hipacu show sciatica`

In sciatica, pain spreads outward from the lower back, travelling through the hip and into the leg; people who have it may also find acupuncture beneficial.

Places (where this condition is felt, as the article describes it): the lower back, the hip and the leg.

Acupuncture has been explored for several kinds of hip pain, and across hip conditions generally it does not cure structural damage, though it can complement conventional approaches in managing symptoms.

Piriformis syndrome is a separate condition, described under "Piriformis syndrome".

**Also called:** sciatic pain

**See also:** Piriformis syndrome (`hipacu show piriformis-syndrome`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Piriformis syndrome

*Conditions* · `hipacu show piriformis-syndrome`

In piriformis syndrome, spasms of the piriformis, a muscle in the buttock, can compress, or squeeze, the sciatic nerve (a nerve in the buttock and the leg); acupuncture could ease the pain.

Places (where this condition is felt, as the article describes it): the hip and the buttock.

Piriformis syndrome, the condition marked by spasms of the piriformis muscle, is one more hip condition that acupuncture may address.

The acupuncture approach to piriformis syndrome targets relaxation of the muscle and reduced irritation of the nerve, and in that way could ease pain in the hip and the buttock.

**Also called:** piriformis, piriformis spasm

**See also:** Sciatica (`hipacu show sciatica`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Hip bursitis

*Conditions* · `hipacu show bursitis`

Hip bursitis, an inflammation of the bursae (sacs filled with fluid) around the hip joint, is one more condition that may respond to the anti-inflammatory effects of acupuncture.

Places (where this condition is felt, as the article describes it): around the hip joint.

The word bursae is the plural of bursa.

**Also called:** inflamed bursa, bursa inflammation

**See also:** Alongside conventional care (`hipacu show complementary-care`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Muscle strains and sprains

*Conditions* · `hipacu show muscle-strain`

Acupuncture could also play a part in managing a strained or sprained hip muscle, in the groin or the hamstrings for instance.

Places (where this condition is felt, as the article describes it): the hip, the groin and the hamstring (the back of the thigh).

In cases where hip muscles are strained or sprained, such as the groin or hamstring muscles, acupuncture treatment has three aims: to support healing, to ease tension in the muscles, and to relieve pain in the affected area.

Acupuncture does not mend structural damage, but it can complement conventional care in managing the symptoms.

**Also called:** groin strain, pulled groin, hamstring strain, pulled hamstring, hip sprain, hip strain, pulled hip muscle, sprained hip

**See also:** Alongside conventional care (`hipacu show complementary-care`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

### Alongside conventional care

*Conditions* · `hipacu show complementary-care`

Whatever the hip condition, acupuncture will not undo structural damage, but it can help manage symptoms across many different kinds of hip trouble as a complement to conventional care.

A complementary therapy, which acupuncture can be, is one used together with conventional medical approaches.

Before starting acupuncture, see a medical doctor, as set out under "See a medical doctor first".

**Also called:** no cure for structural damage, complementary therapy

**See also:** See a medical doctor first (`hipacu show see-a-doctor`), Osteoarthritis (`hipacu show osteoarthritis`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

## Mechanisms

How acupuncture is thought to act on hip pain.

### Endorphin release

*Mechanisms* · `hipacu show endorphins`

Acupuncture is thought to prompt the release of endorphins, which are natural pain-relieving chemicals that the body produces on its own.

Acupuncture is thought to act, through more than one mechanism (way of working), on the way pain is perceived and on the way the body functions. Endorphin release is one of the proposed pathways.

Endorphins released through acupuncture are thought to help lessen, or relieve, pain in the hip.

**Also called:** endorphin, natural painkillers

**See also:** Nerve modulation (`hipacu show nerve-modulation`), Local blood flow (`hipacu show blood-flow`)

*Source: the article's section “How Acupuncture Addresses Hip Pain”.*

### Local blood flow

*Mechanisms* · `hipacu show blood-flow`

The insertion of needles may also stimulate blood flow locally, in the hip, and the increase may help tissues mend and calm inflammation.

Increased circulation in the hip carries oxygen and nutrients to the area and takes waste products away.

Local blood flow is one of several ways in which acupuncture is thought to work, with endorphin release and changes in nerve activity among the others.

**Also called:** circulation, blood circulation

**See also:** Endorphin release (`hipacu show endorphins`), Nerve modulation (`hipacu show nerve-modulation`)

*Source: the article's section “How Acupuncture Addresses Hip Pain”.*

### Nerve modulation

*Mechanisms* · `hipacu show nerve-modulation`

Acupuncture may also modulate (adjust) nerve activity and so interrupt pain signals passing from the hip up to the brain.

Nerve modulation, another proposed mechanism (way of working), concerns the nerves.

Nerve modulation is one of several mechanisms through which acupuncture is thought to influence how pain is felt and how the body works, with endorphin release and local blood flow among the others.

**Also called:** nerves, pain signals

**See also:** Endorphin release (`hipacu show endorphins`)

*Source: the article's section “How Acupuncture Addresses Hip Pain”.*

### Qi in traditional Chinese medicine

*Mechanisms* · `hipacu show qi`

In the view of traditional Chinese medicine, acupuncture aims to restore an even, balanced flow of the body's qi, or life energy, through the whole body.

In traditional Chinese medicine, qi that has stagnated (stopped flowing freely) or lost its balance in the hip is believed to play a part in pain there.

In traditional Chinese medicine, practitioners insert needles at specific points with the aim of unblocking the pathways of qi and encouraging energy to flow in harmony.

**Also called:** chi, life energy

**See also:** Endorphin release (`hipacu show endorphins`)

*Source: the article's section “How Acupuncture Addresses Hip Pain”.*

## Sessions

What to expect from a consultation and a course of sessions.

Before trying acupuncture, read the safety notes: `hipacu safety`

### The first consultation

*Sessions* · `hipacu show first-consultation`

A first visit for hip pain covers your medical history, your symptoms and the way you live (your lifestyle) in a thorough talk with the practitioner, so that a treatment plan can be drawn up.

To choose the most suitable treatment plan, which includes working out the specific acupuncture points to use, the practitioner looks at what your hip pain is like and where it is located.

**Also called:** first visit, initial consultation, first appointment, assessment

**See also:** During a session (`hipacu show during-a-session`), Session length and course (`hipacu show course-of-treatment`)

*Source: the article's section “What to Expect from Acupuncture Sessions”.*

### During a session

*Sessions* · `hipacu show during-a-session`

Thin, sterile (germ-free) needles are inserted into specific points on the body and usually left in for 15 to 30 minutes, a time you can spend relaxing.

The points chosen for the needles may be in areas around the hip, on the legs, or at points some distance away.

Most people having acupuncture report that the discomfort is minimal. At the needle sites, the feeling is often described as a dull ache, a tingling or a feeling of warmth.

**Also called:** needling, treatment session

**See also:** The first consultation (`hipacu show first-consultation`)

*Source: the article's section “What to Expect from Acupuncture Sessions”.*

### Session length and course

*Sessions* · `hipacu show course-of-treatment`

One session, consultation included, generally lasts 45 to 60 minutes; courses vary, but typically a course is made up of 6 to 12 sessions.

The number of sessions needed depends on how severe the hip pain is and on its chronicity, meaning how long the pain has lasted.

Early in a course, sessions are often held once or twice weekly. Relief comes after a few sessions for some people, while others need treatment that is kept up more steadily.

**Also called:** number of sessions, treatment course, session length, frequency

**See also:** The first consultation (`hipacu show first-consultation`), During a session (`hipacu show during-a-session`)

*Source: the article's section “What to Expect from Acupuncture Sessions”.*

## Safety

Choosing a practitioner, side effects and precautions.

### See a medical doctor first

*Safety* · `hipacu show see-a-doctor`

Always speak to a medical doctor before you begin acupuncture, above all when your hip pain is severe or persistent or comes with other symptoms that are a cause for concern, and bear in mind that acupuncture can work as a complementary therapy, used together with conventional medical treatments.

Anyone with a bleeding disorder, a pacemaker or another significant medical condition should also tell the practitioner and discuss the risks (see "Who should be careful").

For more on how acupuncture fits in with other care, see "Alongside conventional care".

**Also called:** doctor, GP, physician, medical doctor

**See also:** Who should be careful (`hipacu show contraindications`), Alongside conventional care (`hipacu show complementary-care`)

*Source: the article's section “Safety and Important Considerations”.*

### Choosing a practitioner

*Safety* · `hipacu show choosing-a-practitioner`

If you are thinking of trying acupuncture for hip pain, choose a licensed, experienced practitioner and check their credentials (proof of their qualifications).

Licensing rules vary from region to region, but a properly qualified practitioner will have had extensive training and will follow the profession's standards.

Checking, or verifying, a practitioner's credentials helps make your experience of acupuncture treatment safe and effective.

**Also called:** practitioner, acupuncturist, licensed acupuncturist

**See also:** Possible side effects (`hipacu show side-effects`)

*Source: the article's section “Safety and Important Considerations”.*

### Possible side effects

*Safety* · `hipacu show side-effects`

Acupuncture is generally safe: minor side effects can occur, and serious problems are rare when the treatment is given by a trained professional.

Minor side effects that you may notice include slight bruising, soreness where the needles went in, or dizziness that is temporary.

For how to choose a trained professional, see "Choosing a practitioner".

**Also called:** side effects, risks, adverse effects

**See also:** Choosing a practitioner (`hipacu show choosing-a-practitioner`), Who should be careful (`hipacu show contraindications`)

*Source: the article's section “Safety and Important Considerations”.*

### Who should be careful

*Safety* · `hipacu show contraindications`

A bleeding disorder or a pacemaker may make acupuncture unsuitable (a contraindication); if you have one of these or another significant medical condition, tell your practitioner and discuss the risks with them.

Some conditions may be contraindications for acupuncture, meaning reasons it may not be suitable (contraindication is the medical word for such a reason); bleeding disorders and having a pacemaker are examples.

Consult a medical doctor before you start acupuncture, as set out under "See a medical doctor first".

**Also called:** contraindication, bleeding disorder, pacemaker

**See also:** See a medical doctor first (`hipacu show see-a-doctor`), Possible side effects (`hipacu show side-effects`)

*Source: the article's section “Safety and Important Considerations”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: built in, compiled from data/hipacu.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
